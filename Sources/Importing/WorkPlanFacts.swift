/// What the importer can say about a work plan for its front matter: its Chinese title, read from the
/// paragraph that introduces it (`2012-2015 年工作计划内容如下：` → `2012-2015 年工作计划`), and the other
/// paragraphs that discuss it. Both are guesses, listed for review.
struct WorkPlanFacts: Sendable, Hashable {
    static let term = "工作计划"

    var title: String
    var discussedIn: [Int]

    init(report: ImportedReport, plan: ImportedWorkPlan) {
        let host = report.paragraphs.first { $0.number == plan.hostParagraph }?.text.text ?? ""
        var title = Substring(host)
        for ending in ["：", ":", "内容如下", "如下"] where title.hasSuffix(ending) {
            title = title.dropLast(ending.count)
        }
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        self.title = trimmed.isEmpty ? Self.term : trimmed

        // A paragraph discusses the plan when its own sentence names it, or when it stands in the chapter
        // whose heading names it.
        var inPlanChapter = false
        var numbers: [Int] = []
        for block in report.blocks {
            switch block {
            case .chapter(let heading):
                inPlanChapter = heading.title.text.contains(Self.term)
            case .section:
                break
            case .paragraph(let paragraph):
                if paragraph.number != plan.hostParagraph, inPlanChapter || paragraph.text.text.contains(Self.term) {
                    numbers.append(paragraph.number)
                }
            }
        }
        discussedIn = numbers
    }
}
