/// What a reader sees of the imported record, reduced for comparison with the source: white space and
/// Markdown syntax (heading markers, bullets, backslash escapes) removed; paragraph and item numbers kept,
/// since the source has them too. Reads the Markdown files as plain text, not through the importer.
enum VisibleText {
    static func ofMarkdownLine(_ line: Substring) -> String {
        var text = line.drop(while: \.isWhitespace)
        text = text.drop { $0 == "#" }
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        var visible = ""
        var escaped = false
        for character in text where !character.isWhitespace {
            if character == "\\", !escaped {
                escaped = true
                continue
            }
            visible.append(character)
            escaped = false
        }
        return visible
    }

    /// The title (from the front matter), then the body of `report`, with the body of `workPlan` inserted
    /// where the paragraph it continues ends.
    static func ofRecord(report: String, workPlan: String?) -> String {
        let (front, body) = split(report)
        let title = front.first { $0.hasPrefix("  zh:") }.map { String($0.dropFirst(5)) } ?? ""
        let plan = workPlan.map(split)
        let host = plan?.front.first { $0.hasPrefix("paragraph: ") }.map { "\($0.dropFirst(11))." }
        let planText = plan?.body.map(ofMarkdownLine).joined() ?? ""

        var record = title.filter { !$0.isWhitespace }
        var inHost = false
        for line in body {
            if inHost, let first = line.first, !first.isWhitespace {
                record += planText
                inHost = false
            }
            if let host, line.hasPrefix(host + " ") || line == host { inHost = true }
            record += ofMarkdownLine(line)
        }
        return inHost ? record + planText : record
    }

    /// The front matter's lines and the body's lines.
    static func split(_ file: String) -> (front: [Substring], body: [Substring]) {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return ([], lines) }
        return (Array(lines[1..<end]), Array(lines[(end + 1)...]))
    }
}
