import Diagnostics
import Markdown

/// The Markdown body of a content file, for turning libcmark-gfm's positions (lines of the body,
/// columns in bytes) into locations in the file (lines of the file, columns in characters).
public struct BodySource: Sendable {
    public let path: String
    public let firstLine: Int
    private let lines: [Substring]

    public init(path: String, text: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The location of `line` and `byteColumn` of the body (both 1-based).
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count else {
            return SourceLocation(path: path, line: line + firstLine - 1, column: byteColumn)
        }
        let utf8 = lines[line - 1].utf8
        let prefixEnd = utf8.index(utf8.startIndex, offsetBy: max(0, min(byteColumn - 1, utf8.count)))
        let column = String(decoding: utf8[utf8.startIndex..<prefixEnd], as: UTF8.self).count + 1
        return SourceLocation(path: path, line: line + firstLine - 1, column: column)
    }

    public func location(of node: MarkdownNode) -> SourceLocation {
        location(line: node.range.startLine, byteColumn: node.range.startColumn)
    }

    /// The location of the byte `utf8Offset` of a text node's literal (a text node stands on one line).
    public func location(in text: MarkdownNode, utf8Offset: Int) -> SourceLocation {
        location(line: text.range.startLine, byteColumn: text.range.startColumn + utf8Offset)
    }

    /// The text of body line `line` from byte column `byteColumn` on.
    public func text(line: Int, fromByteColumn byteColumn: Int) -> Substring {
        guard line >= 1, line <= lines.count else { return "" }
        let utf8 = lines[line - 1].utf8
        let start = utf8.index(utf8.startIndex, offsetBy: max(0, min(byteColumn - 1, utf8.count)))
        return Substring(utf8[start...])
    }

    /// The number written in the marker of an ordered list item (`25.` or `25)`), read from the source,
    /// since libcmark-gfm keeps only a list's first number.
    public func listItemNumber(of item: MarkdownNode) -> Int? {
        let text = text(line: item.range.startLine, fromByteColumn: item.range.startColumn)
        let digits = text.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }
}
