/// Writes `work-plan.md`: front matter (title, the paragraph it continues, the paragraphs that discuss it),
/// `## 2013年会议` years, `### 常设议题` groups, numbered items with their notes indented under them.
enum WorkPlanMarkdownWriter {
    static func write(_ plan: ImportedWorkPlan, facts: WorkPlanFacts) -> MarkdownPage {
        var page = MarkdownPage()
        page.append("---")
        page.append("title:")
        page.appendField("zh", YAMLScalar.text(facts.title), indent: 2, field: "title.zh")
        page.appendField("en", nil, indent: 2, field: "title.en")
        page.appendField("paragraph", String(plan.hostParagraph))
        page.appendField("discussed_in", "[" + facts.discussedIn.map(String.init).joined(separator: ", ") + "]")
        page.append("---")

        for meeting in plan.meetings {
            page.separate()
            page.append("## \(MarkdownEscaping.escapeHeading(meeting.heading.text))", from: meeting.heading.lines)
            for group in meeting.groups {
                page.separate()
                page.append("### \(MarkdownEscaping.escapeHeading(group.heading.text))", from: group.heading.lines)
                for item in group.items {
                    let marker = "\(item.number)."
                    page.separate()
                    page.append(ReportMarkdownWriter.line(marker, item.text), from: item.text.lines)
                    let padding = String(repeating: " ", count: marker.count + 1)
                    for note in item.notes {
                        page.separate()
                        page.append(padding + MarkdownEscaping.escape(note.text), from: note.lines)
                    }
                }
            }
        }
        return page
    }
}
