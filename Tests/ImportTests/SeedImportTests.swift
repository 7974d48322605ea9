import Diagnostics
import Foundation
import Importing
import Loading
import Testing

/// The acceptance test: imported from the raw text extracted from the PDF, the 2012 report is the
/// hand-made one, but for the English names only an editor can write.
@Suite("Import: the 2012 report from its extracted text")
struct SeedImportTests {
    static func imported() throws -> ImportOutcome {
        try #require(FileManager.default.fileExists(atPath: SeedFiles.seedPath), "the seed \(SeedFiles.seedPath) must sit beside the repository")
        return ReportImporter(sourcePath: "seed.txt").run(try SeedFiles.read(SeedFiles.seedPath))
    }

    /// The lines where `ours` and `handMade` differ, as pairs.
    static func differences(_ ours: String, _ handMade: String) -> [(String, String)] {
        let left = ours.split(separator: "\n", omittingEmptySubsequences: false)
        let right = handMade.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(left.count == right.count)
        return zip(left, right).filter { $0 != $1 }.map { (String($0), String($1)) }
    }

    @Test func reportAndWorkPlanEqualTheHandMadeFilesButForTheEnglishNames() throws {
        let outcome = try Self.imported()
        #expect(outcome.problems.diagnostics.isEmpty)
        let report = try #require(outcome.report)
        let workPlan = try #require(outcome.workPlan)
        let handMadeReport = try SeedFiles.read("\(SeedFiles.sessionPath)/report.md")
        let handMadePlan = try SeedFiles.read("\(SeedFiles.sessionPath)/work-plan.md")

        // The bodies, character for character.
        #expect(VisibleText.split(report).body == VisibleText.split(handMadeReport).body)
        #expect(VisibleText.split(workPlan).body == VisibleText.split(handMadePlan).body)

        // The front matter, line for line, but for the English values the importer leaves empty.
        let reportDifferences = Self.differences(report, handMadeReport)
        #expect(reportDifferences.map(\.0) == ["  en:", "  en:", "  en:"])
        #expect(reportDifferences.map(\.1) == [
            "  en: Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery held in Vienna on 30 and 31 August 2012",
            "  en: Open-ended Intergovernmental Working Group on Asset Recovery",
            "  en: Vienna",
        ])
        let planDifferences = Self.differences(workPlan, handMadePlan)
        #expect(planDifferences.map(\.0) == ["  en:"])
        #expect(planDifferences.map(\.1) == ["  en: Multi-year workplan for the period 2012–2015"])
    }

    @Test func theTextIsTheSourceWordForWord() throws {
        let outcome = try Self.imported()
        let seed = try SeedFiles.read(SeedFiles.seedPath).filter { !$0.isWhitespace }
        let ours = VisibleText.ofRecord(report: outcome.report ?? "", workPlan: outcome.workPlan)
        let common = zip(seed, ours).prefix { $0 == $1 }.count
        let verbatim = ours == seed
        #expect(verbatim, "first difference after \(common) characters")
        #expect(ours.count > 10_000)
    }

    @Test func theReviewListNamesEveryGuessInBothFiles() throws {
        let review = try Self.imported().review.map { "\($0.file.rawValue):\($0.outputLine) seed.txt:\($0.sourceLine) \($0.message)" }
        #expect(review == [
            "report.md:4 seed.txt:1 title.en: left empty: write the English title of the report",
            "report.md:7 seed.txt:1 body.en: left empty: write the English name of the body",
            "report.md:8 seed.txt:36 meeting: 6, read from '其第六次会议'",
            "report.md:14 seed.txt:1 venue.en: left empty: write the English name of the venue",
            "report.md:16 seed.txt:1 symbol: left empty: the text does not state the report's symbol",
            "report.md:92 seed.txt:391 read this line as the continuation of chapter heading 五",
            "report.md:138 seed.txt:758 removed a space between two Chinese characters: '法律制 度类' → '法律制度类'",
            "work-plan.md:3 seed.txt:178 work plan title.zh: '2012-2015 年工作计划', read from paragraph 20",
            "work-plan.md:4 seed.txt:178 work plan title.en: left empty: write the English title of the work plan",
            "work-plan.md:6 seed.txt:178 work plan discussed_in: 2, 17, 18, 19: the paragraphs that name the 工作计划 or stand in the chapter whose heading does",
        ])
    }

    /// Loaded by the project's own loader, the import has no error but the English names left to fill,
    /// each on a line the review list names.
    @Test func theImportLoadsWithOnlyTheFieldsToFill() throws {
        let outcome = try Self.imported()
        let folder = "C/sessions/2012-08-asset-recovery-6"
        let files = [
            "C/site.yml": try SeedFiles.read(SeedFiles.repository.appendingPathComponent("Content/site.yml").path),
            "\(folder)/report.md": outcome.report ?? "",
            "\(folder)/work-plan.md": outcome.workPlan ?? "",
        ]
        var log = DiagnosticLog()
        _ = ContentLoader(contentPath: "C", fileSystem: .memory(files)).load(log: &log)
        #expect(log.sorted.map(\.description) == [
            "\(folder)/report.md:4:3: error: missing required key 'en' (text)",
            "\(folder)/report.md:7:3: error: missing required key 'en' (text)",
            "\(folder)/report.md:14:3: error: missing required key 'en' (text)",
            "\(folder)/work-plan.md:4:3: error: missing required key 'en' (text)",
        ])
        let reviewed = Set(outcome.review.map { "\(folder)/\($0.file.rawValue):\($0.outputLine)" })
        for diagnostic in log.diagnostics {
            #expect(reviewed.contains("\(diagnostic.location.path):\(diagnostic.location.line)"), "\(diagnostic)")
        }
    }
}
