import Diagnostics
import Foundation
import Importing
import Loading
import Testing

/// `rapporteur import` on the seed after random edits (the fuzzer's mutations): it never crashes; when it
/// stops, every problem points at a line of the source; when it imports, the project's loader finds no
/// error but in the front matter's fields.
@Suite("Fuzzing: importing mutated extracted text")
struct MutatedSourceImportTests {
    @Test(.timeLimit(.minutes(5)))
    func mutatedSeedsImportOrSayWhereTheyStop() throws {
        let seed = try String(contentsOfFile: Repository.seed, encoding: .utf8)
        let site = try String(contentsOfFile: "\(Repository.content)/site.yml", encoding: .utf8)
        let folder = "C/sessions/s"
        var imported = 0
        for (index, (mutation, _)) in FuzzTests.cases(400, seed: 815).enumerated() {
            let text = mutation.apply(to: seed)
            let outcome = ReportImporter(sourcePath: "seed.txt").run(text)
            guard !outcome.isBlocked else {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
                for problem in outcome.problems.diagnostics {
                    #expect(problem.location.path == "seed.txt" && (1...lines).contains(problem.location.line),
                            "case \(index), \(mutation): \(problem)")
                }
                continue
            }
            imported += 1
            var files = ["C/site.yml": site, "\(folder)/report.md": outcome.report ?? ""]
            files["\(folder)/work-plan.md"] = outcome.workPlan
            var log = DiagnosticLog()
            _ = ContentLoader(contentPath: "C", fileSystem: .memory(files)).load(log: &log)
            let frontMatterFields = Set(outcome.review.map { "\(folder)/\($0.file.rawValue):\($0.outputLine)" })
            for diagnostic in log.diagnostics {
                #expect(diagnostic.message.hasPrefix("missing required key")
                        && frontMatterFields.contains("\(diagnostic.location.path):\(diagnostic.location.line)"),
                        "case \(index), \(mutation): \(diagnostic)")
            }
        }
        #expect(imported > 120 && imported < 400, "\(imported) of 400 mutated texts imported")
    }
}
