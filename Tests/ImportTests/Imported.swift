import Diagnostics
import Foundation
@testable import Importing

/// An import of constructed text, read back the way an editor would: the body of `report.md` without
/// its front matter, the work plan, the review list and the problems as printed.
struct Imported {
    static let sourcePath = "REPORT.txt"

    let outcome: ImportOutcome

    init(_ text: String) {
        outcome = ReportImporter(sourcePath: Self.sourcePath).run(text)
    }

    /// The lines of `report.md` after the front matter's closing `---` and the blank line after it.
    var body: String { Self.body(of: outcome.report ?? "") }

    var workPlanBody: String { Self.body(of: outcome.workPlan ?? "") }

    static func body(of file: String) -> String {
        let parts = file.components(separatedBy: "\n---\n")
        return parts.count > 1 ? String(parts[1...].joined(separator: "\n---\n").drop { $0 == "\n" }) : ""
    }

    /// The problems as `REPORT.txt:LINE:COLUMN: error: message`.
    var problems: [String] { outcome.problems.sorted.map(\.description) }

    /// The review list as `report.md:LINE <- REPORT.txt:LINE: message`.
    var review: [String] {
        outcome.review.map { "\($0.file.rawValue):\($0.outputLine) <- \(Self.sourcePath):\($0.sourceLine): \($0.message)" }
    }

    /// The review entries about the text, not about a front-matter field (`title.en: …`, `work plan title.en: …`).
    var textReview: [String] {
        zip(outcome.review, review).filter { item, _ in
            !item.message.hasPrefix("work plan ") && item.message.range(of: "^[a-z_.]+: ", options: .regularExpression) == nil
        }.map(\.1)
    }
}

/// A constructed report: the title the importer needs, a first chapter heading, then `lines`.
func report(_ lines: String, title: String = "2012 年 8 月 30 日至 31 日在维也纳举行的工作组会议的报告") -> String {
    "\(title)\n\n一. 导言\n\n" + lines
}
