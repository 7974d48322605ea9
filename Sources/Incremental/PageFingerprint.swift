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

    public var hex: String { hash.hex }
}
