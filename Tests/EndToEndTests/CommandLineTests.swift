import Foundation
import Testing

/// Runs the `rapporteur` executable the way an editor or CI does.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rapporteur")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Repository.root.appendingPathComponent(".build/debug/rapporteur")
    }

    static func run(_ arguments: [String], in directory: URL = Repository.root,
                    environment: [String: String] = [:], executable: URL = CommandRun.executable) throws -> CommandRun {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Files, not pipes: a command that prints a lot on both streams would otherwise block on a full pipe.
        let folder = try Repository.temporaryFolder()
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? errors.close()
            try? FileManager.default.removeItem(at: folder)
        }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus,
                          output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                          errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}

@Suite("End to end: the command line")
struct CommandLineTests {
    @Test func buildPrintsASummaryLine() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("Public")
        let run = try CommandRun.run(["build", "--output", output.path])
        #expect(run.status == 0)
        #expect(run.output.range(of: "^Built 1 session\\(s\\): 332 pages, 343 files in .* in [0-9]+ ms\\.\\n$", options: .regularExpression) != nil, "\(run.output)")
        let quiet = try CommandRun.run(["build", "--output", output.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty)
    }

    @Test func checkIsCleanOnTheRealContent() throws {
        let run = try CommandRun.run(["check"])
        #expect(run.status == 0)
        #expect(run.output == "0 error(s), 0 warning(s)\n")
    }

    @Test func checkReportsEveryProblemWithItsLocationAndExitsOne() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try BuildSafetyTests.replace("\n25. 来自美利坚合众国", with: "\n26. 来自美利坚合众国", inReportOf: content)
        try BuildSafetyTests.replace("meeting: 6", with: "meeting: 6\nchair: 阿根廷", inReportOf: content)
        try BuildSafetyTests.replace("（阿根廷）。", with: "（阿根廷）。见[第 99 段](#p99)。", inReportOf: content)
        let run = try CommandRun.run(["check", "--content", content.path])
        #expect(run.status == 1)
        let report = content.appendingPathComponent("sessions/2012-08-asset-recovery-6/report.md").path
        #expect(run.output.contains("\(report):9:1: error: unknown key 'chair'"))
        #expect(run.output.contains("error: paragraph 26 is numbered twice"))
        let json = try CommandRun.run(["check", "--content", content.path, "--format", "json"])
        #expect(json.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let diagnostics = decoded?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.count >= 3)
        #expect(diagnostics.allSatisfy { $0["path"] is String && $0["line"] is Int && $0["column"] is Int && $0["severity"] as? String == "error" })
        #expect((decoded?["errors"] as? Int ?? 0) >= 3)
    }

    @Test func brokenLinksInTheRecordAreErrorsAndGoodOnesAreRewritten() throws {
        let content = try BuildSafetyTests.copyOfContentWithoutSource()
        try BuildSafetyTests.replace("（阿根廷）。", with: "（阿根廷）。见[第 25 段](#p25)。", inReportOf: content)
        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        let good = try CommandRun.run(["build", "--content", content.path, "--output", output.path, "--quiet"])
        #expect(good.status == 0, "\(good.errors)")
        let chapter = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-3.html"), encoding: .utf8)
        #expect(chapter.contains("<a href=\"chapter-5.html#p25\">第 25 段</a>"))

        try BuildSafetyTests.replace("[第 25 段](#p25)", with: "[第 25 段](#p250)", inReportOf: content)
        let bad = try CommandRun.run(["build", "--content", content.path, "--output", output.path])
        #expect(bad.status == 1)
        #expect(bad.errors.contains("report.md:74:39: error"), "\(bad.errors)")
        #expect(bad.errors.contains("error: the report of '2012-08-asset-recovery-6' has no paragraph '#p250'"))
        #expect(bad.errors.contains("nothing was written"))
        let unchanged = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-3.html"), encoding: .utf8)
        #expect(unchanged == chapter)
    }

    @Test func misuseExitsTwo() throws {
        #expect(try CommandRun.run(["build", "--no-such-option"]).status == 2)
        #expect(try CommandRun.run(["check", "--content", "/nonexistent/Content"]).status == 2)
        let folder = try Repository.temporaryFolder()
        let intoContent = try CommandRun.run(["build", "--output", "Content"], in: Repository.root)
        #expect(intoContent.status == 2)
        #expect(intoContent.errors.contains("refusing to write the site to 'Content'"))
        #expect(FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent("Content/site.yml").path))
        _ = folder
    }
}
