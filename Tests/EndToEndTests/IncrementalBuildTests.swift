import Foundation
import Pipeline
import Testing

/// Builds with the cache: a rebuild after a change gives exactly the bytes of a full build of the same
/// content, and renders only what the change touches.
@Suite("End to end: incremental builds")
struct IncrementalBuildTests {
    static let real = "2012-08-asset-recovery-6"
    static let second = "2013-08-asset-recovery-7"

    /// A content folder with the real session and the second-session fixture.
    static func content() throws -> URL {
        let content = try BuildSafetyTests.copyOfContent()
        try addSession(second, to: content, report: String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"), encoding: .utf8))
        return content
    }

    static func addSession(_ slug: String, to content: URL, report: String) throws {
        let folder = content.appendingPathComponent("sessions/\(slug)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try report.write(to: folder.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
    }

    static func edit(_ content: URL, _ slug: String, _ change: (String) -> String) throws {
        let file = content.appendingPathComponent("sessions/\(slug)/report.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changes the file")
        try changed.write(to: file, atomically: true, encoding: .utf8)
    }

    struct Build {
        let result: BuildResult
        let output: URL
    }

    static func build(_ content: URL, into output: URL, cache: URL) throws -> Build {
        let options = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path,
                                   baseURL: "https://records.example.org/", cachePath: cache.path)
        return Build(result: try SiteBuilder(options: options).build(), output: output)
    }

    /// Every file of a folder (hidden ones too) with its bytes.
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// The incremental output equals a full build of the same content with an empty cache, file for file
    /// (the manifest but for each file's modification time and inode).
    static func expectSameAsFullBuild(_ incremental: URL, content: URL) throws {
        let scratch = try Repository.temporaryFolder()
        let full = try build(content, into: scratch.appendingPathComponent("Public"), cache: scratch.appendingPathComponent("cache"))
        #expect(full.result.sessionsRendered == full.result.sessions, "an empty cache renders everything")
        // The manifest records each file's modification time and inode, which no two builds share.
        let expected = ReproducibleManifest.normalizing(try files(full.output))
        let actual = ReproducibleManifest.normalizing(try files(incremental))
        #expect(Set(actual.keys) == Set(expected.keys), "the same files")
        let different = expected.keys.filter { actual[$0] != expected[$0] }.sorted()
        #expect(different.isEmpty, "byte-identical; differ: \(different.prefix(5))")
        #expect(expected.count > 150)
    }

    @Test("a no-op rebuild writes nothing; a changed session is the only one rendered, and the site equals a full build")
    func changedSession() throws {
        let content = try Self.content()
        let scratch = try Repository.temporaryFolder()
        let output = scratch.appendingPathComponent("Public"), cache = scratch.appendingPathComponent("cache")
        let cold = try Self.build(content, into: output, cache: cache)
        #expect(cold.result.sessionsRendered == 2)
        let before = try Self.files(output)

        let noOp = try Self.build(content, into: output, cache: cache)
        #expect(noOp.result.upToDate)
        #expect(try Self.files(output) == before, "nothing written")

        try Self.edit(content, Self.second) { $0.replacingOccurrences(of: "工作组还讨论了", with: "工作组还详细讨论了") }
        let rebuilt = try Self.build(content, into: output, cache: cache)
        #expect(!rebuilt.result.upToDate)
        #expect(rebuilt.result.sessionsRendered == 1, "only the changed session is read and rendered")
        let chapter = try String(contentsOf: output.appendingPathComponent("sessions/\(Self.second)/chapter-1.html"), encoding: .utf8)
        #expect(chapter.contains("还详细讨论了"))
        #expect(try Self.files(output)["sessions/\(Self.real)/full.html"] == before["sessions/\(Self.real)/full.html"])
        try Self.expectSameAsFullBuild(output, content: content)
    }

    @Test("adding and removing a session: the site equals a full build")
    func addedAndRemovedSession() throws {
        let content = try Self.content()
        let scratch = try Repository.temporaryFolder()
        let output = scratch.appendingPathComponent("Public"), cache = scratch.appendingPathComponent("cache")
        _ = try Self.build(content, into: output, cache: cache)

        let third = "2014-09-asset-recovery-8"
        let report = try String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"), encoding: .utf8)
            .replacingOccurrences(of: "2013-08-29", with: "2014-09-01").replacingOccurrences(of: "2013-08-30", with: "2014-09-02")
            .replacingOccurrences(of: "meeting: 7", with: "meeting: 8").replacingOccurrences(of: "CAC/COSP/WG.2/2013/4", with: "CAC/COSP/WG.2/2014/4")
        try Self.addSession(third, to: content, report: report)
        let added = try Self.build(content, into: output, cache: cache)
        #expect(added.result.sessionsRendered == 1, "only the new session is rendered")
        #expect(added.result.sessions == 3)
        try Self.expectSameAsFullBuild(output, content: content)

        try FileManager.default.removeItem(at: content.appendingPathComponent("sessions/\(third)"))
        let removed = try Self.build(content, into: output, cache: cache)
        #expect(removed.result.sessionsRendered == 0, "the others come from the cache")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sessions/\(third)").path))
        try Self.expectSameAsFullBuild(output, content: content)
    }

    @Test("a session's pages are rendered again when what they show of another session changes")
    func crossSessionDependencies() throws {
        let content = try Self.content()
        let scratch = try Repository.temporaryFolder()
        let output = scratch.appendingPathComponent("Public"), cache = scratch.appendingPathComponent("cache")
        // A third session links to paragraph 4 of the second, which is on the second's chapter 2.
        let linking = "2014-09-asset-recovery-8"
        try Self.addSession(linking, to: content, report: """
        ---
        title: {zh: 第三届会议报告, en: Report of a third session}
        body: {zh: 资产追回问题不限成员名额政府间工作组, en: Open-ended Intergovernmental Working Group on Asset Recovery}
        meeting: 8
        dates: {start: 2014-09-01, end: 2014-09-02}
        venue: {zh: 维也纳, en: Vienna}
        language: zh-Hans
        symbol: CAC/COSP/WG.2/2014/4
        ---

        # 一. 导言

        1. 工作组回顾了上届会议报告[第 4 段](../\(Self.second)/report.md#p4)。

        """)
        _ = try Self.build(content, into: output, cache: cache)
        let page = output.appendingPathComponent("sessions/\(linking)/chapter-1.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("../\(Self.second)/chapter-2.html#p4"))

        // Moving the second session's chapter heading puts paragraph 4 on its chapter 1: the link must follow.
        try Self.edit(content, Self.second) { text in
            text.replacingOccurrences(of: "# 二. 出席情况\n\n", with: "")
                .replacingOccurrences(of: "5. 下列观察员国", with: "# 二. 出席情况\n\n5. 下列观察员国")
        }
        let moved = try Self.build(content, into: output, cache: cache)
        #expect(moved.result.sessionsRendered == 2, "the edited session and the one linking to it")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("../\(Self.second)/chapter-1.html#p4"))
        try Self.expectSameAsFullBuild(output, content: content)

        // A new session whose symbol the real report and the second cite: their links to it become internal.
        try Self.addSession("2012-03-asset-recovery-5", to: content, report: """
        ---
        title: {zh: 背景文件, en: Background paper}
        body: {zh: 资产追回问题不限成员名额政府间工作组, en: Open-ended Intergovernmental Working Group on Asset Recovery}
        dates: {start: 2012-03-01, end: 2012-03-01}
        venue: {zh: 维也纳, en: Vienna}
        language: zh-Hans
        symbol: CAC/COSP/WG.2/2012/3
        ---

        # 一. 导言

        1. 本文件供工作组参考。

        """)
        let cited = try Self.build(content, into: output, cache: cache)
        #expect(cited.result.sessionsRendered == 3, "the new session and the two citing its symbol")
        try Self.expectSameAsFullBuild(output, content: content)
    }

    @Test("warnings of sessions taken from the cache are reported again, so --strict still fails")
    func cachedWarnings() throws {
        let content = try Self.content()
        let scratch = try Repository.temporaryFolder()
        let output = scratch.appendingPathComponent("Public"), cache = scratch.appendingPathComponent("cache")
        let first = try Self.build(content, into: output, cache: cache)
        #expect(first.result.log.warningCount > 0, "the fixture names a participant the registry lacks")
        try Self.edit(content, Self.real) { $0.replacingOccurrences(of: "多年期工作计划议程。", with: "多年期工作计划议程。 ") }
        let second = try Self.build(content, into: output, cache: cache)
        #expect(second.result.sessionsRendered == 1)
        #expect(second.result.log.warningCount == first.result.log.warningCount)
        var strict = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path, cachePath: cache.path)
        strict.strict = true
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: strict).build() }
    }
}
