import Diagnostics
import Loading
import Model

/// Reads the cleaned lines of a report into its structure, line by line. A line's marker (`25.`, `A.`,
/// `(a)`, `2013年会议`) is believed only where it fits: a paragraph number must be the next one, and
/// another number inside a paragraph starts or continues that paragraph's list.
struct ReportReader {
    let sourcePath: String
    private(set) var report: ImportedReport
    private(set) var problems = DiagnosticLog()
    private(set) var notes: [ReviewNote] = []

    private enum OpenBlock {
        case title
        case chapter(ImportedHeading)
        case section(ImportedHeading)
        case paragraph(ImportedParagraph)
    }

    private var open = OpenBlock.title
    private var chapterCount = 0
    private var nextSection: Character = "A"
    private var nextParagraph = 1
    private var numbering: [(number: Int, location: SourceLocation)] = []
    private var workPlan: WorkPlanCollector?

    /// Reads every line, then checks the paragraph numbers (a skipped or repeated number is an error
    /// at its source line: the importer never renumbers).
    init(lines: [CleanLine], sourcePath: String) {
        self.sourcePath = sourcePath
        report = ImportedReport(title: TextRun(firstLine: lines.first?.number ?? 1))
        for line in lines { read(line) }
        finishWorkPlan()
        close()
        if chapterCount == 0 {
            problems.error("found no chapter heading ('一. 导言'): the importer needs one to tell the title from the report",
                           at: SourceLocation(path: sourcePath), rule: .headingMissing)
        }
        ParagraphNumbering.check(numbering, log: &problems)
    }

    private mutating func read(_ line: CleanLine) {
        let marker = LineMarker(line.text)
        if case .title = open, !marker.isChapter {
            report.title.append(line.text, line: line.number)
            return
        }
        if workPlan != nil {
            if workPlan?.read(line, marker: marker, nextParagraph: nextParagraph, nextSection: nextSection) == true { return }
            finishWorkPlan()
        }
        switch marker {
        case .chapter(let label, let number, let title):
            startChapter(label: label, number: number, title: title, line: line)
        case .section(let letter, let title) where letter == nextSection || Self.looksLikeSectionTitle(title):
            startSection(letter: letter, title: title, line: line)
        case .number(let number, let rest):
            readNumbered(number, rest: rest, line: line)
        case .letter(let label, let rest):
            guard case .paragraph(var paragraph) = open else { return continueText(line) }
            paragraph.appendLetteredItem(ImportedListItem(marker: label, text: TextRun(firstLine: line.number, text: rest)))
            open = .paragraph(paragraph)
        case .yearHeading:
            guard case .paragraph(let host) = open else { return continueText(line) }
            startWorkPlan(in: host, line: line)
        default:
            continueText(line)
        }
    }

    private mutating func startChapter(label: String, number: Int, title: String, line: CleanLine) {
        if number != chapterCount + 1 {
            problems.error("chapter \(label) should be chapter \(ChineseNumeral.text(for: chapterCount + 1)): chapters are numbered in order",
                           at: location(line), rule: .headingOrder)
        }
        close()
        chapterCount = max(chapterCount + 1, number)
        nextSection = "A"
        open = .chapter(ImportedHeading(label: label, title: TextRun(firstLine: line.number, text: title)))
    }

    private mutating func startSection(letter: Character, title: String, line: CleanLine) {
        if letter != nextSection {
            problems.error("section \(letter) should be section \(nextSection): the sections of a chapter are lettered A, B, C …",
                           at: location(line), rule: .headingOrder)
        }
        close()
        nextSection = letter.asciiValue.flatMap { Character(Unicode.Scalar($0 + 1)) } ?? "A"
        open = .section(ImportedHeading(label: String(letter), title: TextRun(firstLine: line.number, text: title)))
    }

    /// A number at the start of a line: the next paragraph, an item of the open paragraph's list, or a
    /// paragraph numbered out of order (which the numbering check reports).
    private mutating func readNumbered(_ number: Int, rest: String, line: CleanLine) {
        guard case .paragraph(var paragraph) = open, number != nextParagraph else {
            if case .paragraph(let paragraph) = open, let last = paragraph.lastItemNumber, last == number - 1 {
                notes.append(ReviewNote("read '\(number).' as paragraph \(number); it could also be item \(number) of the list in paragraph \(paragraph.number)",
                                        sourceLine: line.number))
            }
            return startParagraph(number, rest: rest, line: line)
        }
        let continuesList = paragraph.lastItemNumber.map { number == $0 + 1 } ?? false
        guard number == 1 || continuesList else { return startParagraph(number, rest: rest, line: line) }
        if number == 1, paragraph.items.isEmpty, !paragraph.text.text.hasSuffix("："), !paragraph.text.text.hasSuffix(":") {
            notes.append(ReviewNote("read '1.' as the start of a list in paragraph \(paragraph.number), whose text does not end with a colon",
                                    sourceLine: line.number))
        }
        paragraph.items.append(ImportedListItem(marker: "\(number).", number: number, text: TextRun(firstLine: line.number, text: rest)))
        open = .paragraph(paragraph)
    }

    private mutating func startParagraph(_ number: Int, rest: String, line: CleanLine) {
        close()
        numbering.append((number, location(line)))
        nextParagraph = max(nextParagraph, number + 1)
        open = .paragraph(ImportedParagraph(number: number, text: TextRun(firstLine: line.number, text: rest)))
    }

    private mutating func startWorkPlan(in host: ImportedParagraph, line: CleanLine) {
        guard report.workPlan == nil else {
            problems.error("a second work plan starts here; a session has one work-plan.md, so import this report by hand",
                           at: location(line), rule: .workPlanStructure)
            return continueText(line)
        }
        workPlan = WorkPlanCollector(hostParagraph: host.number, firstYear: line, sourcePath: sourcePath)
    }

    private mutating func finishWorkPlan() {
        guard var collector = workPlan else { return }
        report.workPlan = collector.finish()
        problems.merge(collector.problems)
        notes += collector.notes
        workPlan = nil
    }

    private mutating func continueText(_ line: CleanLine) {
        switch open {
        case .title:
            report.title.append(line.text, line: line.number)
        case .chapter(var heading):
            heading.title.append(line.text, line: line.number)
            notes.append(ReviewNote("read this line as the continuation of chapter heading \(heading.label)", sourceLine: line.number))
            open = .chapter(heading)
        case .section(var heading):
            heading.title.append(line.text, line: line.number)
            notes.append(ReviewNote("read this line as the continuation of section heading \(heading.label)", sourceLine: line.number))
            open = .section(heading)
        case .paragraph(var paragraph):
            paragraph.continueText(line.text, line: line.number)
            open = .paragraph(paragraph)
        }
    }

    /// Adds the open block to the report; the caller opens the next one.
    private mutating func close() {
        switch open {
        case .title: break
        case .chapter(let heading): report.blocks.append(.chapter(heading))
        case .section(let heading): report.blocks.append(.section(heading))
        case .paragraph(let paragraph): report.blocks.append(.paragraph(paragraph))
        }
    }

    private func location(_ line: CleanLine) -> SourceLocation {
        SourceLocation(path: sourcePath, line: line.number, column: line.column)
    }

    /// A section heading out of order still looks like one: a short title without a full stop.
    private static func looksLikeSectionTitle(_ title: String) -> Bool {
        title.count <= 40 && !title.contains("。") && title.contains(where: \.isWide)
    }
}

extension LineMarker {
    var isChapter: Bool {
        if case .chapter = self { return true }
        return false
    }
}
