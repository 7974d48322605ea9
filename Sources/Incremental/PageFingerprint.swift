import ContentHashing

/// The hash of everything a page is rendered from: the renderer adds its template, title, breadcrumbs,
/// layout options and the values its template reads. Two renderings with the same fingerprint (and the
/// same theme, strings and options, which the build cache's shared key covers) give the same bytes, so a
/// page whose fingerprint is unchanged is taken from the previous output (if intact) instead of rendered.
public struct PageFingerprint: Sendable {
    private var hash = ContentHash()

    public init() {}

    /// Text, kept apart from what follows.
    public mutating func add(_ text: String) {
        hash.add(text)
    }

    /// A template value: strings, numbers and booleans, arrays and dictionaries of them (keys sorted).
    public mutating func add(value: Any) {
        switch value {
        case let text as String:
            hash.add("s")
            hash.add(text)
        case let flag as Bool:
            hash.add(flag ? "true" : "false")
        case let number as Int:
            hash.add("i\(number)")
        case let dictionary as [String: Any]:
            hash.add("{")
            for key in dictionary.keys.sorted() {
                hash.add(key)
                if let element = dictionary[key] { add(value: element) }
            }
            hash.add("}")
        case let array as [Any]:
            hash.add("[")
            for element in array { add(value: element) }
            hash.add("]")
        default:
            // Anything else is described in full, so that a difference is never missed.
            hash.add("?\(type(of: value))")
            hash.add(String(reflecting: value))
        }
    }

    public var hex: String { hash.hex }
}
