/// The files the importer writes.
public enum OutputFile: String, Sendable, Hashable, CaseIterable {
    case report = "report.md"
    case workPlan = "work-plan.md"
}

extension OutputFile {
    /// The name of the extracted text that `rapporteur import` copies beside the Markdown it writes.
    public static let sourceFileName = SessionFrontMatterWriter.sourceFileName
}

/// A place where the importer had to guess, before the output's line numbers are known: it names the
/// source line, and either the source line whose output block shows the result, or a front-matter field.
struct ReviewNote: Sendable, Hashable {
    enum Place: Sendable, Hashable {
        /// The output line that holds the text of this source line.
        case text(sourceLine: Int)
        /// A front-matter field, such as `title.en`.
        case field(OutputFile, String)
    }

    var sourceLine: Int
    var place: Place
    var message: String

    init(_ message: String, sourceLine: Int, place: Place? = nil) {
        self.sourceLine = sourceLine
        self.place = place ?? .text(sourceLine: sourceLine)
        self.message = message
    }
}

/// One entry of the review list: what the importer guessed, where it read it (`REPORT.txt:LINE`) and where
/// the result is (`report.md:LINE` or `work-plan.md:LINE`).
public struct ReviewItem: Sendable, Hashable, Comparable {
    public var sourceLine: Int
    public var file: OutputFile
    public var outputLine: Int
    public var message: String

    public init(sourceLine: Int, file: OutputFile, outputLine: Int, message: String) {
        self.sourceLine = sourceLine
        self.file = file
        self.outputLine = outputLine
        self.message = message
    }

    public static func < (lhs: ReviewItem, rhs: ReviewItem) -> Bool {
        (lhs.file == .report ? 0 : 1, lhs.outputLine, lhs.sourceLine, lhs.message)
            < (rhs.file == .report ? 0 : 1, rhs.outputLine, rhs.sourceLine, rhs.message)
    }
}
