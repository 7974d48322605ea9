import Foundation
import Testing

/// `rapporteur import` as an editor runs it: on the seed, into a fresh content folder, then `rapporteur check`.
@Suite("End to end: rapporteur import")
struct CommandLineImportTests {
    static let slug = "2012-08-asset-recovery-6"
    static let session = "Content/sessions/\(slug)"

    /// A temporary working folder with `Content/site.yml` and no sessions.
    static func emptyContent() throws -> URL {
        let folder = try Repository.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(Repository.content)/site.yml", toPath: folder.appendingPathComponent("Content/site.yml").path)
        return folder
    }

    @Test func importsTheSeedListsTheGuessesAndCheckReportsOnlyTheFieldsToFill() throws {
        let folder = try Self.emptyContent()
        let seed = Repository.seed
        let run = try CommandRun.run(["import", seed, "--session", Self.slug], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let review = run.output.split(separator: "\n").map(String.init)
        #expect(review.contains("\(Self.session)/report.md:4:1: warning: title.en: left empty: write the English title of the report (\(seed):1)"))
        #expect(review.contains("\(Self.session)/report.md:138:1: warning: removed a space between two Chinese characters: '法律制 度类' → '法律制度类' (\(seed):758)"))
        #expect(review.contains("\(Self.session)/report.md:92:1: warning: read this line as the continuation of chapter heading 五 (\(seed):391)"))
        #expect(review.contains("Imported \(seed): 8 chapters, 3 sections, 48 paragraphs, a work plan of 17 items; 303 broken lines rejoined, 0 lines of page furniture removed."))
        #expect(review.last == "Wrote \(Self.session)/report.md, \(Self.session)/work-plan.md and \(Self.session)/source.txt. Review the 10 places above, then run 'rapporteur check'.")
        // The extracted text is kept with the session, byte for byte, and named in its front matter.
        #expect(FileManager.default.contentsEqual(atPath: seed, andPath: folder.appendingPathComponent("\(Self.session)/source.txt").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("\(Self.session)/report.md"), encoding: .utf8)
            .contains("\nsource: source.txt\n---\n"))

        // `check` reports exactly the required fields the importer left for the editor, on the lines the review names.
        let check = try CommandRun.run(["check", "--content", "Content", "--theme", Repository.theme], in: folder)
        #expect(check.status == 1)
        #expect(check.output == """
        \(Self.session)/report.md:4:3: error: missing required key 'en' (text)
        \(Self.session)/report.md:7:3: error: missing required key 'en' (text)
        \(Self.session)/report.md:14:3: error: missing required key 'en' (text)
        \(Self.session)/work-plan.md:4:3: error: missing required key 'en' (text)
        4 error(s), 0 warning(s)

        """)
        for field in ["report.md:4:1: warning: title.en", "report.md:7:1: warning: body.en", "report.md:14:1: warning: venue.en",
                      "work-plan.md:4:1: warning: work plan title.en"] {
            #expect(review.contains { $0.hasPrefix("\(Self.session)/\(field)") }, "\(field)")
        }
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try Self.emptyContent()
        #expect(try CommandRun.run(["import", Repository.seed, "--session", Self.slug], in: folder).status == 0)
        let report = folder.appendingPathComponent("\(Self.session)/report.md")
        try Data("edited\n".utf8).write(to: report)
        let again = try CommandRun.run(["import", Repository.seed, "--session", Self.slug], in: folder)
        #expect(again.status == 2)
        #expect(again.errors.contains("\(Self.session)/report.md:1:1: error: refusing to overwrite the session's files"))
        #expect(try String(contentsOf: report, encoding: .utf8) == "edited\n")

        let source = folder.appendingPathComponent("plain.txt")
        try Data("某次会议的报告\n\n一. 导言\n\n1. 甲。\n".utf8).write(to: source)
        let forced = try CommandRun.run(["import", source.path, "--session", Self.slug, "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try String(contentsOf: report, encoding: .utf8).hasSuffix("---\n\n# 一. 导言\n\n1. 甲。\n"))
        #expect(forced.output.contains("Removed \(Self.session)/work-plan.md: the text holds no work plan."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(Self.session)/work-plan.md").path))
    }

    @Test func problemsInTheSourceExitOneAndWriteNothing() throws {
        let folder = try Self.emptyContent()
        let source = folder.appendingPathComponent("report.txt")
        try Data("某次会议的报告\n\n一. 导言\n\n1. 甲。\n\n2. 乙。\n\n 4. 丁。\n\n4. 丁又一段。\n".utf8).write(to: source)
        let run = try CommandRun.run(["import", "report.txt", "--session", "s"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == """
        report.txt:9:2: error: paragraph 4 follows paragraph 2: paragraph 3 is missing
        report.txt:11:1: error: paragraph 4 is numbered twice; the first is at line 9
        2 error(s), 0 warning(s)
        error: the import stopped at these problems in the source; nothing was written.

        """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/sessions/s").path))

        try Data([0x31, 0x2E, 0x20, 0xFF, 0x0A]).write(to: source)
        let binary = try CommandRun.run(["import", "report.txt", "--session", "s"], in: folder)
        #expect(binary.status == 1)
        #expect(binary.errors.contains("report.txt:1:4: error: the file is not valid UTF-8"))
    }

    @Test func misuseExitsTwo() throws {
        let folder = try Self.emptyContent()
        let missing = try CommandRun.run(["import", "nonexistent.txt", "--session", "s"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors.hasPrefix("nonexistent.txt:1:1: error: cannot read the file"))
        #expect(try CommandRun.run(["import", Repository.seed, "--session", "Bad_Slug"], in: folder).status == 2)
        #expect(try CommandRun.run(["import", Repository.seed], in: folder).status == 2)
        #expect(try CommandRun.run(["import", Repository.seed, "--session", "s", "--content", "Nowhere"], in: folder).status == 2)
    }
}
