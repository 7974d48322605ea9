import ContentHashing

/// The hash of everything a page is rendered from: the renderer adds its path, template and encoded views. Two renderings with the same fingerprint (and the
/// same theme, strings and options, which the build cache's shared key covers) give the same bytes, so a
/// page whose fingerprint is unchanged is taken from the previous output (if intact) instead of rendered.
public struct PageFingerprint: Sendable {
    private var hash = ContentHash()

    public init() {}

    /// Text, kept apart from what follows.
    public mutating func add(_ text: String) {
        hash.add(text)
    }

    /// A set of parts, in any order (the members of an encoded object: a dictionary's come in no fixed
    /// order): the sum of each part's `mixed` value.
    public mutating func add(unorderedSum: UInt64) {
        hash.add(word: unorderedSum)
    }

    /// A part's fingerprint through a 64-bit finaliser (splitmix64's), for `add(unorderedSum:)`, so that a
    /// sum of parts does not cancel out.
    public var mixed: UInt64 {
        var mixed = hash.value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    public var hex: String { hash.hex }
}
