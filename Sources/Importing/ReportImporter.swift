import Diagnostics

/// `rapporteur import`: turns the text extracted from a report's PDF into `report.md` and, when the
/// report adopts one, `work-plan.md`, and lists every place where it had to guess.
///
/// The stages: page furniture out (`FilteredSource`), stray white space repaired (`CleanLine`), the
/// structure read line by line (`ReportReader`), the front matter read from the title (`MeetingFacts`,
/// `WorkPlanFacts`), the files written (`ReportMarkdownWriter`, `WorkPlanMarkdownWriter`), and the review
/// notes placed on the output lines.
public struct ReportImporter: Sendable {
    /// The source's path as the user gave it, for diagnostics.
    public var sourcePath: String

    public init(sourcePath: String) {
        self.sourcePath = sourcePath
    }

    public func run(_ text: String) -> ImportOutcome {
        let filtered = FilteredSource(SourceLine.lines(of: text))
        let lines = filtered.lines.map(CleanLine.init)
        let reader = ReportReader(lines: lines, sourcePath: sourcePath)
        let report = reader.report
        let runs = report.allRuns
        var summary = ImportSummary()
        summary.furnitureLines = filtered.removed.count
        summary.rejoinedLines = runs.map { max(0, $0.fragments.count - 1) }.reduce(0, +)
        for block in report.blocks {
            switch block {
            case .chapter: summary.chapters += 1
            case .section: summary.sections += 1
            case .paragraph: summary.paragraphs += 1
            }
        }
        summary.workPlanItems = report.workPlan?.items.count
        guard !reader.problems.hasErrors else {
            return ImportOutcome(problems: reader.problems, report: nil, workPlan: nil, review: [], summary: summary)
        }

        var notes = filtered.notes + lines.flatMap(\.notes) + reader.notes + runs.flatMap(\.notes)
        let facts = MeetingFacts(title: report.title.text, paragraphs: report.paragraphs)
        let reportPage = ReportMarkdownWriter.write(report, facts: facts)
        notes += FrontMatterReview.report(title: report.title, facts: facts, headerSymbols: filtered.headerSymbols)
        var planPage: MarkdownPage?
        if let plan = report.workPlan {
            let planFacts = WorkPlanFacts(report: report, plan: plan)
            planPage = WorkPlanMarkdownWriter.write(plan, facts: planFacts)
            let hostLine = report.paragraphs.first { $0.number == plan.hostParagraph }?.text.firstLine ?? 1
            notes += FrontMatterReview.workPlan(plan, facts: planFacts, hostLine: hostLine)
        }
        let review = notes.map { Self.place($0, report: reportPage, workPlan: planPage) }.sorted()
        return ImportOutcome(problems: reader.problems, report: reportPage.text, workPlan: planPage?.text,
                             review: review, summary: summary)
    }

    /// The review item of `note`: its output file and line.
    private static func place(_ note: ReviewNote, report: MarkdownPage, workPlan: MarkdownPage?) -> ReviewItem {
        switch note.place {
        case .field(let file, let name):
            let page = file == .report ? report : workPlan
            return ReviewItem(sourceLine: note.sourceLine, file: file, outputLine: page?.fieldLines[name] ?? 1, message: note.message)
        case .text(let sourceLine):
            let candidates: [(file: OutputFile, sourceLine: Int, outputLine: Int)] = [
                report.closestOutputLine(atOrBefore: sourceLine).map { (OutputFile.report, $0.sourceLine, $0.outputLine) },
                workPlan?.closestOutputLine(atOrBefore: sourceLine).map { (OutputFile.workPlan, $0.sourceLine, $0.outputLine) },
            ].compactMap { $0 }
            let closest = candidates.max { $0.sourceLine < $1.sourceLine }
            return ReviewItem(sourceLine: note.sourceLine, file: closest?.file ?? .report,
                              outputLine: closest?.outputLine ?? 1, message: note.message)
        }
    }
}
