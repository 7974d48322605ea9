/// An output file being written line by line, remembering where each source line's text went and on
/// which line each front-matter field stands, so that the review list can name both.
struct MarkdownPage: Sendable {
    private(set) var lines: [String] = []
    private(set) var outputLineOfSourceLine: [Int: Int] = [:]
    private(set) var fieldLines: [String: Int] = [:]

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// Appends `line`, which shows the text of the source lines `sources`.
    mutating func append(_ line: String, from sources: [Int] = []) {
        lines.append(line)
        for source in sources where outputLineOfSourceLine[source] == nil {
            outputLineOfSourceLine[source] = lines.count
        }
    }

    /// Appends a front-matter line `key: value` (or `key:` when the value is empty), and a YAML comment
    /// after it when given, remembering its line under `field` (`title.en`).
    mutating func appendField(_ key: String, _ value: String?, indent: Int = 0, field: String? = nil, comment: String? = nil) {
        let prefix = String(repeating: " ", count: indent) + key + ":"
        let line = value.map { $0.isEmpty ? prefix : "\(prefix) \($0)" } ?? prefix
        append(comment.map { "\(line)  # \($0)" } ?? line)
        fieldLines[field ?? key] = lines.count
    }

    /// Appends a blank line unless the page is empty or already ends with one.
    mutating func separate() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// The output line that shows source line `line` or, for a line that shows nowhere (page furniture),
    /// the closest source line before it that does: both line numbers.
    func closestOutputLine(atOrBefore line: Int) -> (sourceLine: Int, outputLine: Int)? {
        if let exact = outputLineOfSourceLine[line] { return (line, exact) }
        guard let before = outputLineOfSourceLine.keys.filter({ $0 < line }).max(),
              let output = outputLineOfSourceLine[before] else { return nil }
        return (before, output)
    }
}
