import Diagnostics

/// Reads the lines of a work plan, from its first year heading until the report goes on (a chapter or
/// section heading, or the next paragraph number).
struct WorkPlanCollector {
    let sourcePath: String
    private(set) var plan: ImportedWorkPlan
    private(set) var problems = DiagnosticLog()
    private(set) var notes: [ReviewNote] = []

    /// The group headings of UN work plans: standing items and thematic discussions.
    static let knownGroupHeadings: Set<String> = ["常设议题", "专题讨论"]

    init(hostParagraph: Int, firstYear line: CleanLine, sourcePath: String) {
        self.sourcePath = sourcePath
        plan = ImportedWorkPlan(hostParagraph: hostParagraph,
                                meetings: [.init(heading: TextRun(firstLine: line.number, text: line.text))])
    }

    /// Takes `line` into the plan and returns true, or returns false when the line belongs to the report.
    mutating func read(_ line: CleanLine, marker: LineMarker, nextParagraph: Int, nextSection: Character) -> Bool {
        let noteIsOpen = plan.lastItem?.hasOpenNote == true
        switch marker {
        case .chapter:
            return false
        case .section(let letter, _) where letter == nextSection:
            return false
        case .yearHeading where !noteIsOpen:
            plan.meetings.append(.init(heading: TextRun(firstLine: line.number, text: line.text)))
        case .number(let number, let rest) where !noteIsOpen:
            let expected = (plan.meetings.last?.lastItemNumber ?? 0) + 1
            if number != expected && number == nextParagraph { return false }
            if number == nextParagraph {
                notes.append(ReviewNote("read '\(number).' as item \(number) of the work plan; it could also be paragraph \(number) of the report",
                                        sourceLine: line.number))
            } else if number != expected {
                problems.error("work-plan item \(number) should be item \(expected): the items of a year are numbered 1, 2, 3 … across its groups",
                               at: SourceLocation(path: sourcePath, line: line.number, column: line.column), rule: .workPlanStructure)
            }
            appendItem(ImportedWorkPlan.Item(number: number, text: TextRun(firstLine: line.number, text: rest)), line: line)
        case .noteStart where !noteIsOpen:
            if !plan.startNote(line.text, line: line.number) { plan.continueText(line.text, line: line.number) }
        default:
            if !noteIsOpen, let known = groupHeading(line.text) {
                if !known {
                    notes.append(ReviewNote("read '\(line.text)' as a group heading of the work plan (like 常设议题, 专题讨论)",
                                            sourceLine: line.number))
                }
                _ = plan.appendGroup(TextRun(firstLine: line.number, text: line.text))
            } else {
                if let item = plan.lastItem, !item.notes.isEmpty, !noteIsOpen {
                    notes.append(ReviewNote("joined a line that follows a closed note ']' to that note", sourceLine: line.number))
                }
                plan.continueText(line.text, line: line.number)
            }
        }
        return true
    }

    /// The plan, with a review note for a note left open at its end.
    mutating func finish() -> ImportedWorkPlan {
        if let item = plan.lastItem, item.hasOpenNote, let note = item.notes.last {
            notes.append(ReviewNote("this note has no closing ']'; its text runs to the end of the work plan", sourceLine: note.firstLine))
        }
        return plan
    }

    private mutating func appendItem(_ item: ImportedWorkPlan.Item, line: CleanLine) {
        if !plan.appendItem(item) {
            problems.error("work-plan item \(item.number) comes before a group heading (常设议题, 专题讨论); an item belongs to a group",
                           at: SourceLocation(path: sourcePath, line: line.number, column: line.column), rule: .workPlanStructure)
        }
    }

    /// Whether `text` is a group heading: nil if not, true if it is a known one, false if it is a short
    /// line without punctuation that stands where a group heading would (a guess).
    private func groupHeading(_ text: String) -> Bool? {
        if Self.knownGroupHeadings.contains(text) { return true }
        guard text.count <= 12, !text.contains(where: { "。，；：、,.;:[]［］（）()".contains($0) }),
              let meeting = plan.meetings.last else { return nil }
        guard let item = meeting.groups.last?.items.last else { return meeting.groups.isEmpty ? false : nil }
        let lastText = item.notes.last?.text ?? item.text.text
        guard let end = lastText.last, "。]］；".contains(end) else { return nil }
        return false
    }
}
