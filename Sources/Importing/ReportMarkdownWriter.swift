/// Writes `report.md`: the front matter the text allows, then the body in the project's conventions
/// (`# 一. 导言`, `## A. 会议开幕`, `25. …`, lists indented under their paragraph).
enum ReportMarkdownWriter {
    static func write(_ report: ImportedReport, facts: MeetingFacts) -> MarkdownPage {
        var page = MarkdownPage()
        SessionFrontMatterWriter.write(title: report.title.text, facts: facts, source: SessionFrontMatterWriter.sourceFileName,
                                       explained: false, to: &page)

        for block in report.blocks {
            page.separate()
            switch block {
            case .chapter(let heading):
                page.append("# \(heading.label). \(MarkdownEscaping.escapeHeading(heading.title.text))", from: heading.title.lines)
            case .section(let heading):
                page.append("## \(heading.label). \(MarkdownEscaping.escapeHeading(heading.title.text))", from: heading.title.lines)
            case .paragraph(let paragraph):
                let marker = "\(paragraph.number)."
                page.append(line(marker, paragraph.text), from: paragraph.text.lines)
                if !paragraph.items.isEmpty {
                    page.separate()
                    writeItems(paragraph.items, indent: max(4, marker.count + 1), to: &page)
                }
            }
        }
        return page
    }

    /// A marker and its text on one line: `25. 来自…`.
    static func line(_ marker: String, _ text: TextRun) -> String {
        text.isEmpty ? marker : "\(marker) \(MarkdownEscaping.escape(text.text))"
    }

    /// A tight list: numbered items keep their numbers, lettered ones are bullets that keep their letter
    /// (`- (a) …`); sub-items are indented under their item.
    private static func writeItems(_ items: [ImportedListItem], indent: Int, to page: inout MarkdownPage) {
        let padding = String(repeating: " ", count: indent)
        for item in items {
            let marker = item.number == nil ? "- \(item.marker)" : item.marker
            page.append(padding + line(marker, item.text), from: item.text.lines)
            writeItems(item.children, indent: indent + max(4, item.marker.count + 1), to: &page)
        }
    }
}
