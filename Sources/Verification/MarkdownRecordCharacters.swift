import Diagnostics
import Loading
import Markdown

/// The characters a reader sees of a session's record, in the order the report's PDF has them, each
/// with its place in the Markdown files: the Chinese title (front matter of `report.md`), the report's
/// body, and the work plan's body right after the paragraph that introduces it. What is Markdown syntax
/// (heading and bullet markers, backslash escapes, link destinations) and white space is left out; the
/// numbers of ordered list items (`25.`) are kept, since the record prints them.
///
/// Finding each character's column costs more than the comparison itself, so the places are only worked
/// out when asked for (`locating`), which the check does once it knows the texts part.
struct MarkdownRecordCharacters {
    private(set) var values: [Character] = []
    /// Where each of `values` stands; empty unless made `locating`.
    private(set) var locations: [SourceLocation] = []
    let locating: Bool

    init(_ loaded: LoadedSession, locating: Bool) {
        self.locating = locating
        if let title = loaded.source?.titleLocation {
            appendTitle(loaded.session.metadata.title.zh, at: title)
        }
        let report = loaded.report
        let plan = loaded.workPlan.map { (paragraph: $0.workPlan.paragraph, document: $0) }
        appendBody(of: report.document.root, source: report.source, workPlan: plan)
    }

    /// The title as written after `zh:`: a plain YAML value, so each character's column is its offset.
    private mutating func appendTitle(_ title: String, at start: SourceLocation) {
        for (offset, value) in title.enumerated() where !value.isWhitespace {
            append(value, at: SourceLocation(path: start.path, line: start.line, column: start.column + offset))
        }
    }

    /// Every visible character below `root`; the work plan's after the paragraph that introduces it.
    private mutating func appendBody(of root: MarkdownNode, source: BodySource,
                                     workPlan: (paragraph: Int, document: WorkPlanDocument)?) {
        root.walk { node, entering in
            switch node.kind {
            case .item:
                if entering, node.parent?.kind == .list(ordered: true) { appendMarker(of: node, source: source) }
                if !entering, let workPlan, node.parent?.parent?.kind == .document,
                   source.listItemNumber(of: node) == workPlan.paragraph {
                    appendBody(of: workPlan.document.document.root, source: workPlan.document.source, workPlan: nil)
                }
            case .text, .code, .codeBlock, .htmlInline, .htmlBlock:
                if entering { append(node.literal ?? "", from: node, source: source) }
            default:
                break
            }
            return .continue
        }
    }

    /// `25.` or `3)`: the number and delimiter of an ordered list item, as written.
    private mutating func appendMarker(of item: MarkdownNode, source: BodySource) {
        let start = locating ? source.location(of: item) : SourceLocation(path: "")
        let line = source.text(line: item.range.startLine, fromByteColumn: item.range.startColumn)
        let indent = line.prefix { $0 == " " }.count
        let marker = line.dropFirst(indent).prefix { $0.isASCII && $0.isNumber }
        var text = String(marker)
        if let delimiter = line.dropFirst(indent + marker.count).first, delimiter == "." || delimiter == ")" { text.append(delimiter) }
        for (offset, value) in text.enumerated() {
            append(value, at: SourceLocation(path: start.path, line: start.line, column: start.column + indent + offset))
        }
    }

    /// A literal's visible characters, each placed at the next matching character of its line in the file
    /// (so that escapes and entities do not shift the columns); a character not found stays at the node.
    private mutating func append(_ literal: String, from node: MarkdownNode, source: BodySource) {
        guard locating else {
            values.append(contentsOf: literal.lazy.filter { !$0.isWhitespace })
            return
        }
        let start = source.location(of: node)
        let line = Array(source.text(line: node.range.startLine, fromByteColumn: node.range.startColumn))
        var cursor = 0
        for value in literal where !value.isWhitespace {
            var column = start.column
            if let found = line[min(cursor, line.count)...].firstIndex(of: value) {
                column = start.column + found
                cursor = found + 1
            }
            append(value, at: SourceLocation(path: start.path, line: start.line, column: column))
        }
    }

    private mutating func append(_ value: Character, at location: @autoclosure () -> SourceLocation) {
        values.append(value)
        if locating { locations.append(location()) }
    }
}
