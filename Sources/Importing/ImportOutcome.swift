import Diagnostics

/// What an import produced: the files' text, the places to review, and the problems that blocked it.
public struct ImportOutcome: Sendable {
    /// Problems in the source that block the import (a skipped or repeated paragraph number, no chapter
    /// heading …), located at their source lines. When there are any, nothing should be written.
    public var problems: DiagnosticLog
    /// `report.md`; nil when problems block the import.
    public var report: String?
    /// `work-plan.md`, when the text holds a work plan.
    public var workPlan: String?
    /// Every place where the importer guessed, sorted by output file and line.
    public var review: [ReviewItem]
    public var summary: ImportSummary

    public var isBlocked: Bool { problems.hasErrors }
}

/// The counts the command prints after an import.
public struct ImportSummary: Sendable, Hashable {
    public var chapters = 0
    public var sections = 0
    public var paragraphs = 0
    public var workPlanItems: Int?
    /// Lines taken out as page furniture (page numbers, running headers, job numbers).
    public var furnitureLines = 0
    /// Source lines rejoined into longer ones.
    public var rejoinedLines = 0
}
