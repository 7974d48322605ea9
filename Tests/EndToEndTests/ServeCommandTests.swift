import Foundation
import Testing

@Suite("End to end: rapporteur serve")
struct ServeCommandTests {
    static let chapter = "sessions/2012-08-asset-recovery-6/chapter-5.html"

    /// Asks the reload endpoint until it names a generation other than `generation` (bounded: 20 s, and
    /// asked once more after that, in case this test was kept waiting for a thread meanwhile).
    func nextGeneration(after generation: Int, at base: URL) async throws -> (generation: Int, failed: Bool) {
        let deadline = Date().addingTimeInterval(20)
        let url = try #require(URL(string: "__rapporteur/reload?since=\(generation)", relativeTo: base))
        repeat {
            let (status, body) = try await LoopbackHTTP.get(url, timeout: max(1, deadline.timeIntervalSinceNow))
            let state = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            if status == 200, let next = state?["generation"] as? Int, next != generation {
                return (next, state?["failed"] as? Bool ?? false)
            }
        } while Date() < deadline
        throw ServeTestError("no generation after \(generation) within 20 s")
    }

    func page(_ path: String, at base: URL) async throws -> (status: Int, body: String) {
        try await LoopbackHTTP.get(try #require(URL(string: path, relativeTo: base)))
    }

    @Test func rebuildsOnEditShowsErrorsOverTheLastGoodBuildAndStopsOnCtrlC() async throws {
        let content = try BuildSafetyTests.copyOfContentWithoutSource()
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.copyItem(atPath: Repository.theme, toPath: theme.path)
        let output = folder.appendingPathComponent("Public")
        let serve = try ServeProcess(["--content", content.path, "--theme", theme.path, "--output", output.path, "--port", "0"], in: folder)
        defer { serve.stop() }
        let base = try await serve.address()

        let first = try await page(Self.chapter, at: base)
        #expect(first.status == 200)
        #expect(first.body.contains("<script src=\"/__rapporteur/live-reload.js\" data-generation=\"1\"></script>"))
        #expect(!first.body.contains("【已编辑】"))

        // An edit is built and announced.
        try BuildSafetyTests.replace("\n25. 来自美利坚合众国", with: "\n25. 【已编辑】来自美利坚合众国", inReportOf: content)
        let edited = try await nextGeneration(after: 1, at: base)
        #expect(edited.generation == 2 && !edited.failed)
        let second = try await page(Self.chapter, at: base)
        #expect(second.body.contains("【已编辑】来自美利坚合众国"))
        #expect(second.body.contains("data-generation=\"2\""))
        #expect(!second.body.contains("role=\"alert\""))

        // A content error: printed in the compiler format, shown over the last good build.
        try BuildSafetyTests.replace("\n31. 来自印度尼西亚", with: "\n30. 来自印度尼西亚", inReportOf: content)
        let broken = try await nextGeneration(after: 2, at: base)
        #expect(broken.generation == 3 && broken.failed)
        let third = try await page(Self.chapter, at: base)
        #expect(third.status == 200)
        #expect(third.body.contains("【已编辑】来自美利坚合众国"), "the last good build is still served")
        #expect(third.body.contains("role=\"alert\""))
        #expect(third.body.contains("report.md:106:1: error: paragraph 30 is numbered twice; the first is at line 104"))
        #expect(serve.printedErrors.contains("\(content.path)/sessions/2012-08-asset-recovery-6/report.md:106:1: error: paragraph 30 is numbered twice; the first is at line 104"),
                "\(serve.printedErrors)")

        // Fixed: the overlay goes, the page reloads.
        try BuildSafetyTests.replace("\n30. 来自印度尼西亚", with: "\n31. 来自印度尼西亚", inReportOf: content)
        let fixed = try await nextGeneration(after: 3, at: base)
        #expect(fixed.generation == 4 && !fixed.failed)
        let fourth = try await page(Self.chapter, at: base)
        #expect(!fourth.body.contains("role=\"alert\""))
        #expect(fourth.body.contains("data-generation=\"4\""))

        // The published files never hold what is added at serve time.
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        for path in pages {
            let text = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("__rapporteur") && !text.contains("rapporteur-diagnostics"), "\(path)")
        }

        // Another server on the same port is a misuse.
        let port = try #require(base.port)
        let busy = try CommandRun.run(["serve", "--content", content.path, "--theme", theme.path,
                                       "--output", folder.appendingPathComponent("Public2").path, "--port", "\(port)", "--quiet"],
                                      in: folder)
        #expect(busy.status == 2)
        #expect(busy.errors.contains("error: cannot serve on 127.0.0.1:\(port): the port is in use"), "\(busy.errors)")

        #expect(try await serve.interrupt() == 0)
        #expect(serve.printed.hasSuffix("Stopped.\n"))
    }

    @Test func aFirstBuildWithErrorsExitsOneAndServesNothing() async throws {
        let content = try BuildSafetyTests.copyOfContent()
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuildSafetyTests.replace("\n31. 来自印度尼西亚", with: "\n30. 来自印度尼西亚", inReportOf: content)
        let run = try CommandRun.run(["serve", "--content", content.path, "--output", folder.appendingPathComponent("Public").path,
                                      "--port", "0"])
        #expect(run.status == 1)
        #expect(run.errors.contains("report.md:106:1: error: paragraph 30 is numbered twice"))
        #expect(!run.output.contains("Serving"))
    }

    @Test func misuseExitsTwo() throws {
        for arguments in [["--port", "70000"], ["--port", "-1"], ["--port", "eighty"], ["--content", "/nonexistent/Content"]] {
            let run = try CommandRun.run(["serve"] + arguments)
            #expect(run.status == 2, "\(arguments): \(run.errors)")
            #expect(!run.output.contains("Serving"))
        }
        let help = try CommandRun.run(["serve", "--help"])
        #expect(help.output.contains("127.0.0.1") && help.output.contains("(default: 8000)"))
    }
}
