import Diagnostics
import Importing
import Loading
import Markdown
import PropertyBased
import Testing

/// The verbatim guarantee: whatever the importer decides about structure, the characters of its output,
/// Markdown syntax and white space removed, are those of the input without its page furniture.
/// The cases come from a fixed seed, drawn from the generator directly (`propertyCheck` with `.fixedSeed`
/// runs a single case), so every run checks the same cases and a failure names one that can be replayed.
@Suite("Import: the output is the input's text, verbatim")
struct VerbatimPropertyTests {
    static func cases(_ count: Int, seed: UInt64) -> [GeneratedReport] {
        var rng = Xoshiro(seed: (seed, 0xD1B5_4A32_D192_ED03, 0xAEF1_7502_108E_F2D9, 0x2545_F491_4F6C_DD1D))
        return (0..<count).map { _ in GeneratedReport.generator.run(using: &rng) }
    }

    @Test(.timeLimit(.minutes(6)))
    func generatedReportsKeepEveryCharacterAndLoadCleanly() throws {
        var withPlans = 0
        var withFurniture = 0
        for (index, generated) in Self.cases(300, seed: 2012).enumerated() {
            let outcome = ReportImporter(sourcePath: "case-\(index).txt").run(generated.extracted)
            try #require(outcome.problems.diagnostics.isEmpty, "case \(index): \(outcome.problems.sorted)\n\(generated)")
            let ours = VisibleText.ofRecord(report: outcome.report ?? "", workPlan: outcome.workPlan)
            let expected = generated.expectedText
            let common = zip(expected, ours).prefix { $0 == $1 }.count
            let verbatim = ours == expected
            #expect(verbatim, "case \(index): first difference after \(common) characters: «\(expected.dropFirst(common).prefix(20))» vs «\(ours.dropFirst(common).prefix(20))»\n\(generated)")
            #expect(outcome.summary.furnitureLines == generated.furniture.count, "case \(index)")
            try checkStructure(outcome, generated, index: index)
            if outcome.workPlan != nil { withPlans += 1 }
            if !generated.furniture.isEmpty { withFurniture += 1 }
        }
        // The cases reach the interesting inputs: work plans and page breaks are common.
        #expect(withPlans > 50 && withFurniture > 150, "\(withPlans) with a work plan, \(withFurniture) with furniture")
    }

    /// The project's readers find the paragraphs and work-plan items the generator wrote, and no error but
    /// the English names left to the editor.
    func checkStructure(_ outcome: ImportOutcome, _ generated: GeneratedReport, index: Int) throws {
        var log = DiagnosticLog()
        let report = try FrontMatter.split(TextFile(path: "report.md", text: outcome.report ?? ""))
        let source = BodySource(path: "report.md", text: report.body, firstLine: report.bodyFirstLine)
        let document = ReportStructureReader.read(source, body: report.body, options: MarkdownOptions(), log: &log)
        #expect(document.report.paragraphs.map(\.number) == Array(1...max(generated.paragraphs, 1)), "case \(index)")
        if let workPlan = outcome.workPlan {
            let plan = WorkPlanReader.read(TextFile(path: "work-plan.md", text: workPlan), options: MarkdownOptions(), log: &log)
            #expect(plan == nil, "case \(index): the work plan's English title is left empty, so it does not load yet")
            #expect(outcome.summary.workPlanItems == generated.workPlanItems, "case \(index)")
        }
        let expectedErrors = outcome.workPlan == nil ? [] : ["work-plan.md:4:3: error: missing required key 'en' (text)"]
        #expect(log.sorted.map(\.description) == expectedErrors, "case \(index)")
    }
}
