import Diagnostics

/// A content file split into its YAML front matter (between `---` lines) and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML text, empty when the file has none.
    public var yaml: String
    /// The line of the file on which the YAML starts (1-based).
    public var yamlFirstLine: Int
    public var body: String
    /// The line of the file on which the body starts (1-based).
    public var bodyFirstLine: Int

    public static func split(_ file: TextFile) throws(Diagnostic) -> FrontMatter {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return FrontMatter(yaml: "", yamlFirstLine: 1, body: file.text, bodyFirstLine: 1)
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            throw Diagnostic.error("the front matter opened on line 1 is never closed by a line '---'",
                                   at: SourceLocation(path: file.path, line: 1, column: 1), rule: .frontMatterUnclosed)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
