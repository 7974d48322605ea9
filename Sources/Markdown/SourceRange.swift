/// A span of a Markdown source, in 1-based lines and 1-based columns counted in UTF-8 bytes,
/// as libcmark-gfm reports them.
public struct SourceRange: Sendable, Hashable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
