import Foundation
import Testing

/// `rapporteur check` (and so `build`) proves the record verbatim against the session's source text, the
/// text extracted from the report's PDF, kept in the session's folder and named by `source:`.
@Suite("End to end: the session's text is proved verbatim against its source text")
struct SourceVerificationTests {
    static let session = "sessions/2012-08-asset-recovery-6"

    /// `rapporteur check` on a content folder, as CI runs it.
    static func check(_ content: URL, strict: Bool = false) throws -> CommandRun {
        try CommandRun.run(["check", "--content", content.path, "--theme", Repository.theme] + (strict ? ["--strict"] : []))
    }

    /// The diagnostic lines of a check, without the closing count.
    static func diagnostics(_ run: CommandRun) -> [String] {
        run.output.split(separator: "\n").map(String.init).filter { !$0.hasSuffix("warning(s)") }
    }

    static func file(_ name: String, in content: URL) -> URL {
        content.appendingPathComponent("\(session)/\(name)")
    }

    /// Replaces the character at `line`:`column` (1-based, in characters) of a session file.
    static func replaceCharacter(in url: URL, line: Int, column: Int, with replacement: Character) throws -> Character {
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let original = lines[line - 1][column - 1]
        lines[line - 1][column - 1] = replacement
        try lines.map { String($0) }.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return original
    }

    /// The 1-based line and column of the first occurrence of `text` in a file.
    static func position(of text: String, in url: URL) throws -> (line: Int, column: Int) {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    @Test func theRealContentIsVerbatimAndItsSourceIsNamed() throws {
        let run = try Self.check(URL(fileURLWithPath: Repository.content), strict: true)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output == "0 error(s), 0 warning(s)\n")
        let report = try String(contentsOfFile: Repository.report, encoding: .utf8)
        #expect(report.contains("\nsource: source.txt\n---\n"))
    }

    @Test("one changed character is reported at its line and column, naming the source line",
          arguments: [("report.md", "实际所有人", 3), ("work-plan.md", "金融情报机构", 2)])
    func oneChangedCharacter(file name: String, near text: String, offset: Int) throws {
        let content = try BuildSafetyTests.copyOfContent()
        let url = Self.file(name, in: content)
        let found = try Self.position(of: text, in: url)
        let column = found.column + offset
        let original = try Self.replaceCharacter(in: url, line: found.line, column: column, with: "Ⓧ")
        let run = try Self.check(content)
        #expect(run.status == 1)
        let lines = Self.diagnostics(run)
        #expect(lines.count == 1, "\(lines)")
        let expectedPrefix = "\(url.path):\(found.line):\(column): error: the text differs from its source: here the Markdown has «Ⓧ"
        #expect(lines.first?.hasPrefix(expectedPrefix) == true, "\(lines)")
        // The source line it names holds the original character and the text around it.
        let sourceLines = try String(contentsOf: Self.file("source.txt", in: content), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let named = try #require(lines.first?.firstMatch(of: /source\.txt line (\d+) has «(.)/))
        let sourceLine = try #require(Int(named.1))
        #expect(named.2 == String(original))
        #expect(sourceLines[sourceLine - 1].contains(original))
    }

    @Test func aChangedTitleIsReportedInTheFrontMatter() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let url = Self.file("report.md", in: content)
        let found = try Self.position(of: "在维也纳举行", in: url)
        _ = try Self.replaceCharacter(in: url, line: found.line, column: found.column + 1, with: "也")
        let lines = Self.diagnostics(try Self.check(content))
        #expect(lines == ["\(url.path):\(found.line):\(found.column + 1): error: the text differs from its source: here the Markdown has «也也纳举行的资产追回问题» where source.txt line 1 has «维也纳举行的资产追回问题»"])
    }

    @Test func missingAndExtraTextAreReportedWhereTheTextsPart() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let source = Self.file("source.txt", in: content)
        let original = try String(contentsOf: source, encoding: .utf8)
        // The source goes on after the Markdown ends.
        try (original + "\n附件一. 补充的文字\n").write(to: source, atomically: true, encoding: .utf8)
        let longer = Self.diagnostics(try Self.check(content))
        #expect(longer.count == 1)
        #expect(longer.first?.contains("error: the text ends here, but source.txt goes on at line") == true, "\(longer)")
        #expect(longer.first?.hasSuffix("with «附件一.补充的文字»") == true, "\(longer)")

        // The Markdown has text the source does not: a paragraph added at the end.
        try original.write(to: source, atomically: true, encoding: .utf8)
        let report = Self.file("report.md", in: content)
        let lineCount = try String(contentsOf: report, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        try (try String(contentsOf: report, encoding: .utf8) + "\n49. 新增的段落。\n").write(to: report, atomically: true, encoding: .utf8)
        let extra = Self.diagnostics(try Self.check(content))
        #expect(extra == ["\(report.path):\(lineCount + 1):1: error: the source text ends before this: «49.新增的段落。» is not in source.txt (its text ends at line 815)"])
    }

    @Test func pageFurnitureAndBrokenLinesInTheSourceDoNotCount() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let source = Self.file("source.txt", in: content)
        var lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A page break as PDF tools write it: page number, job number, running header; and a line broken mid-word.
        lines.insert(contentsOf: ["\u{0C}", "3", "V.12-55555", "CAC/COSP/WG.2/2012/4", ""], at: 60)
        let index = try #require(lines.firstIndex { $0.hasPrefix("4. 资产追回问题") })
        let line = lines[index]
        lines[index] = String(line.prefix(12))
        lines.insert("   " + String(line.dropFirst(12)), at: index + 1)
        try lines.joined(separator: "\n").write(to: source, atomically: true, encoding: .utf8)
        let run = try Self.check(content, strict: true)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func aSessionWithoutSourceIsAWarningThatStrictTurnsIntoFailure() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try BuildSafetyTests.replace("\nsource: source.txt\n", with: "\nsource:\n", inReportOf: content)
        let report = Self.file("report.md", in: content)
        let lenient = try Self.check(content)
        #expect(lenient.status == 0)
        #expect(Self.diagnostics(lenient) == ["\(report.path):1:1: warning: the session has no source text: add the text extracted from the report's PDF beside report.md and name it in the front matter ('source: source.txt'), so that the build can prove the text verbatim"])
        #expect(try Self.check(content, strict: true).status == 1)
    }

    @Test("source: must be a bare file name in the session's folder",
          arguments: ["../../site.yml", "/etc/passwd", "sub/source.txt", ".hidden", "a\\\\b", "..", "\"a\\u0007b.txt\""])
    func sourceThatIsNotABareFileName(_ value: String) throws {
        let content = try BuildSafetyTests.copyOfContent()
        try BuildSafetyTests.replace("\nsource: source.txt\n", with: "\nsource: \(value)\n", inReportOf: content)
        let report = Self.file("report.md", in: content)
        let sourceLine = try Self.position(of: "source: ", in: report).line
        let lines = Self.diagnostics(try Self.check(content))
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("\(report.path):\(sourceLine):9: error: 'source' is the name of a file in the session's folder") == true, "\(lines)")
    }

    @Test func aMissingOrLinkedSourceIsAnError() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let source = Self.file("source.txt", in: content)
        let moved = content.deletingLastPathComponent().appendingPathComponent("outside.txt")
        try FileManager.default.moveItem(at: source, to: moved)
        #expect(Self.diagnostics(try Self.check(content))
            == ["\(source.path):1:1: error: the source text 'source.txt' named in the front matter is not in the session's folder"])
        try FileManager.default.createSymbolicLink(at: source, withDestinationURL: moved)
        let linked = Self.diagnostics(try Self.check(content))
        #expect(linked.count == 1)
        #expect(linked.first?.hasPrefix("\(source.path):1:1: error: the file is a symbolic link") == true, "\(linked)")
    }

    @Test func theSitePublishesTheSourceAndSaysTheTextWasCheckedAgainstIt() throws {
        let site = try BuiltSite.build()
        let published = site.folder.appendingPathComponent("\(Self.session)/source.txt")
        #expect(try Data(contentsOf: published) == Data(contentsOf: URL(fileURLWithPath: Repository.seed)))
        for page in ["index.html", "chapter-1.html", "chapter-8.html", "full.html", "work-plan.html"] {
            let html = try #require(site.pages["\(Self.session)/\(page)"])
            #expect(html.contains("<p class=\"provenance\">本页文本已逐字核对从报告 PDF 提取的来源文本：<a href=\"source.txt\" type=\"text/plain\">来源文本（source.txt）</a></p>"), "\(page)")
        }
    }
}
