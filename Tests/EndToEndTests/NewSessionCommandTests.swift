import Foundation
import Loading
import Testing

@Suite("End to end: rapporteur new session")
struct NewSessionCommandTests {
    static let slug = "2013-08-asset-recovery-7"

    /// The lines of the front matter that leave a required value empty (`  en:  # …`).
    static func emptyValueLines(of text: String) -> [(line: Int, key: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.firstMatch(of: /^  (zh|en|start|end):  #/).map { (index + 1, String($0.output.1)) }
        }
    }

    @Test func aScaffoldThatCheckPointsAtTheValuesToFillAndThatBuildsOnceFilled() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.run(["new", "session", Self.slug, "--content", content.path])
        #expect(run.status == 0, "\(run.errors)")
        let report = content.appendingPathComponent("sessions/\(Self.slug)/report.md")
        #expect(run.output.hasPrefix("Created \(report.path).\nNext:\n"))
        #expect(run.output.contains("rapporteur check --content \(content.path)"))
        let text = try String(contentsOf: report, encoding: .utf8)

        let frontMatter = text.components(separatedBy: "---\n").dropFirst().first ?? ""
        let keys = frontMatter.split(separator: "\n").compactMap { $0.firstMatch(of: /^([a-z_]+):/).map { String($0.output.1) } }
        #expect(keys == SessionMetadataReader.keys, "every key the session reader accepts, in its order")
        #expect(text.contains("\n# 一. 导言\n\n1. ") && text.contains("\n## A. 会议开幕\n\n2. "), "chapters, sections, numbered paragraphs")

        let empty = Self.emptyValueLines(of: text)
        #expect(empty.map(\.key) == ["zh", "en", "zh", "en", "start", "end", "zh", "en"])
        let check = try CommandRun.run(["check", "--content", content.path])
        #expect(check.status == 1)
        for (line, key) in empty {
            #expect(check.output.contains("\(report.path):\(line):3: error: missing required key '\(key)'"), "line \(line): \(check.output)")
        }
        #expect(check.output.hasSuffix("\(empty.count) error(s), 0 warning(s)\n"), "nothing but the values to fill: \(check.output)")

        let values = ["2013 年 8 月 26 日至 28 日在维也纳举行的工作组会议的报告", "Report of the Working Group on its meeting held in Vienna",
                      "工作组", "Working Group", "2013-08-26", "2013-08-28", "维也纳", "Vienna"]
        var lines = text.components(separatedBy: "\n")
        for ((line, key), value) in zip(empty, values) {
            lines[line - 1] = "  \(key): \(value)"
        }
        try lines.joined(separator: "\n").write(to: report, atomically: true, encoding: .utf8)
        // Filled in by hand, the session has no source text yet: a warning (so `--strict` fails) until the
        // editor saves the extracted text beside it and names it in `source:`.
        let filled = try CommandRun.run(["check", "--content", content.path])
        #expect(filled.status == 0)
        #expect(filled.output == "\(report.path):1:1: warning: the session has no source text: add the text extracted from the report's PDF beside report.md and name it in the front matter ('source: source.txt'), so that the build can prove the text verbatim\n0 error(s), 1 warning(s)\n")
        #expect(try CommandRun.run(["check", "--content", content.path, "--strict"]).status == 1)
        let output = folder.appendingPathComponent("Public")
        let build = try CommandRun.run(["build", "--content", content.path, "--output", output.path])
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.hasPrefix("Built 2 session(s)"))
        let cover = try String(contentsOf: output.appendingPathComponent("sessions/\(Self.slug)/index.html"), encoding: .utf8)
        #expect(cover.contains("2013 年 8 月 26 日至 28 日在维也纳举行的工作组会议的报告"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sessions/\(Self.slug)/chapter-2.html").path))
    }

    @Test func neverOverwritesAndRefusesABadSlug() throws {
        let content = try BuildSafetyTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let existing = content.appendingPathComponent("sessions/2012-08-asset-recovery-6/report.md")
        let before = try Data(contentsOf: existing)
        let again = try CommandRun.run(["new", "session", "2012-08-asset-recovery-6", "--content", content.path])
        #expect(again.status == 2)
        #expect(again.errors.contains("error: the session '2012-08-asset-recovery-6' exists already; nothing was changed"))
        #expect(try Data(contentsOf: existing) == before)

        for slug in ["2013-08-Asset-Recovery", "2013_08", "../escape", "a/b", "会议", ""] {
            let run = try CommandRun.run(["new", "session", slug, "--content", content.path])
            #expect(run.status == 2, "'\(slug)'")
            #expect(run.errors.contains("use lowercase letters a–z and digits, in words joined by single hyphens"), "'\(slug)': \(run.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("sessions").path) == ["2012-08-asset-recovery-6"])
        #expect(try CommandRun.run(["new", "session", "x", "--content", "/nonexistent/Content"]).status == 2)
    }
}
