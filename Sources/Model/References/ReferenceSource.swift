/// A text that reference data was checked against, named in the data file's `sources` list so that
/// entries can cite it by id (`sherloc-zh`) and a reviewer can find it.
public struct ReferenceSource: Sendable, Hashable {
    public var id: String
    /// Its title, symbol or address, as a citation.
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

extension Array where Element == ReferenceSource {
    /// The source with `id`.
    public func source(id: String) -> ReferenceSource? {
        first { $0.id == id }
    }
}
