import Diagnostics
import Model

/// A reference found in a piece of text: what it points at, and where it is.
public struct Reference: Sendable, Hashable {
    public var target: ReferenceTarget
    /// The characters to link, in UTF-8 byte offsets of the scanned text.
    public var utf8Range: Range<Int>
    /// For an article: the paragraphs and sub-paragraphs named after it, `(3)(b)`, as the record writes them.
    public var subdivisions: [String]

    public init(target: ReferenceTarget, utf8Range: Range<Int>, subdivisions: [String] = []) {
        self.target = target
        self.utf8Range = utf8Range
        self.subdivisions = subdivisions
    }
}

/// Something that looks like a reference but cannot be one (article 99), at a UTF-8 offset of the text.
public struct ScanProblem: Sendable, Hashable {
    public var utf8Offset: Int
    public var message: String
    public var rule: DiagnosticRule

    public init(utf8Offset: Int, message: String, rule: DiagnosticRule) {
        self.utf8Offset = utf8Offset
        self.message = message
        self.rule = rule
    }
}
