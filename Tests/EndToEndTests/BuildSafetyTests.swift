import Foundation
import Pipeline
import Testing

@Suite("End to end: failed builds write nothing; the output is replaced only when safe")
struct BuildSafetyTests {
    /// A copy of the real content in a temporary folder, to break on purpose.
    static func copyOfContent() throws -> URL {
        let folder = try Repository.temporaryFolder().appendingPathComponent("Content")
        try FileManager.default.copyItem(atPath: Repository.content, toPath: folder.path)
        return folder
    }

    /// A copy whose session has no source text, for tests that change the record's words on purpose
    /// (hostile input, links added to the text): the text is then not checked as verbatim, and the
    /// session builds with one warning.
    static func copyOfContentWithoutSource() throws -> URL {
        let folder = try copyOfContent()
        try replace("\nsource: source.txt\n", with: "\nsource:\n", inReportOf: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sessions/2012-08-asset-recovery-6/source.txt"))
        return folder
    }

    static func replace(_ old: String, with new: String, inReportOf content: URL) throws {
        let report = content.appendingPathComponent("sessions/2012-08-asset-recovery-6/report.md")
        let text = try String(contentsOf: report, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: report, atomically: true, encoding: .utf8)
    }

    @Test func aNumberingErrorStopsTheBuildAndLeavesThePreviousSiteUntouched() throws {
        let content = try Self.copyOfContent()
        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        let options = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path)
        _ = try SiteBuilder(options: options).build()
        let before = try Data(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-5.html"))

        try Self.replace("\n31. 来自印度尼西亚", with: "\n30. 来自印度尼西亚", inReportOf: content)
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            guard let failure = error as? BuildFailure else { return false }
            let descriptions = failure.log.diagnostics.map(\.description)
            return failure.step == .load
                && descriptions.contains { $0.hasSuffix("report.md:106:1: error: paragraph 30 is numbered twice; the first is at line 104") }
        }
        let after = try Data(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-5.html"))
        #expect(after == before)
    }

    @Test func refusesToWriteIntoTheContentFolderOrAForeignFolder() throws {
        let content = try Self.copyOfContent()
        let intoContent = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: content.path)
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: intoContent).build() }
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yml").path), "nothing deleted")

        let foreign = content.deletingLastPathComponent().appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("thesis.txt"))
        let intoForeign = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: foreign.path)
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: intoForeign).build() }
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("thesis.txt").path))
    }

    @Test func replacesItsOwnOutputAndKeepsTheREADME() throws {
        let content = try Self.copyOfContent()
        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("# Public/\n".utf8).write(to: output.appendingPathComponent("README.md"))
        let options = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path)
        _ = try SiteBuilder(options: options).build()
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        let result = try SiteBuilder(options: options).build()
        #expect(result.pagesWritten == 332)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("README.md").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.contains("staging") || $0.contains("previous") }, "no leftovers beside the output")
    }
}
