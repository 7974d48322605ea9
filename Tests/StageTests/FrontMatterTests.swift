import Diagnostics
import Foundation
import Loading
import Model
import Testing

@Suite("Loading: front matter and its schema")
struct FrontMatterTests {
    static let valid = """
    ---
    title:
      zh: 报告
      en: Report
    body:
      zh: 工作组
      en: Working Group
    meeting: 6
    dates:
      start: 2012-08-30
      end: 2012-08-31
    venue:
      zh: 维也纳
      en: Vienna
    language: zh-Hans
    symbol:
    ---
    # 一. 导言

    1. 文本。
    """

    private func read(_ text: String) -> (SessionMetadata?, DiagnosticLog) {
        var log = DiagnosticLog()
        let file = TextFile(path: "report.md", text: text)
        guard let frontMatter = try? FrontMatter.split(file) else { return (nil, log) }
        let metadata = SessionMetadataReader.read(frontMatter, path: "report.md", log: &log)
        return (metadata, log)
    }

    @Test func readsEveryField() throws {
        let (metadata, log) = read(Self.valid)
        #expect(log.diagnostics.isEmpty)
        let value = try #require(metadata)
        #expect(value.title == BilingualText(zh: "报告", en: "Report"))
        #expect(value.meeting == 6)
        #expect(value.startDate.iso == "2012-08-30")
        #expect(value.endDate.iso == "2012-08-31")
        #expect(value.venue.en == "Vienna")
        #expect(value.symbol == nil, "an empty symbol stays unknown")
    }

    @Test func splitsBodyAtTheRightLine() throws {
        let frontMatter = try FrontMatter.split(TextFile(path: "r.md", text: Self.valid))
        #expect(frontMatter.yamlFirstLine == 2)
        #expect(frontMatter.bodyFirstLine == 18)
        #expect(frontMatter.body.hasPrefix("# 一. 导言"))
    }

    @Test func rejectsUnknownKeysWithTheirLocation() {
        let text = Self.valid.replacingOccurrences(of: "language: zh-Hans", with: "language: zh-Hans\nsymbl: X/1")
        let (_, log) = read(text)
        let diagnostic = log.diagnostics.first { $0.message.contains("unknown key 'symbl'") }
        #expect(diagnostic?.location == SourceLocation(path: "report.md", line: 16, column: 1))
        #expect(diagnostic?.severity == .error)
    }

    @Test func rejectsWrongTypes() {
        let text = Self.valid.replacingOccurrences(of: "meeting: 6", with: "meeting: sixth")
        let (metadata, log) = read(text)
        #expect(log.diagnostics.map(\.description) == ["report.md:8:10: error: 'meeting' must be a whole number"])
        #expect(metadata?.meeting == nil)
    }

    @Test func rejectsImpossibleAndBackwardDates() {
        let impossible = read(Self.valid.replacingOccurrences(of: "2012-08-31", with: "2012-02-30")).1
        #expect(impossible.diagnostics.contains { $0.message.contains("must be a real date") && $0.location.line == 11 })
        let backward = read(Self.valid.replacingOccurrences(of: "2012-08-31", with: "2012-08-01")).1
        #expect(backward.diagnostics.contains { $0.message.contains("ends (2012-08-01) before it starts") })
    }

    @Test func reportsMissingRequiredFields() {
        let text = Self.valid.replacingOccurrences(of: "venue:\n  zh: 维也纳\n  en: Vienna\n", with: "")
        let (metadata, log) = read(text)
        #expect(metadata == nil)
        #expect(log.diagnostics.contains { $0.message == "missing required key 'venue' (a mapping)" })
    }

    @Test func reportsAnUnclosedFrontMatter() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split(TextFile(path: "r.md", text: "---\ntitle: x\n")) }
    }

    @Test func reportsInvalidYAMLWithALocation() {
        let text = Self.valid.replacingOccurrences(of: "meeting: 6", with: "meeting: [6")
        let (_, log) = read(text)
        #expect(log.hasErrors)
        #expect(log.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
        #expect((log.diagnostics.first?.location.line ?? 0) >= 8)
    }
}

@Suite("Loading: text files")
struct TextFileTests {
    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("甲\r\n乙\r\n".utf8))
        let file = try TextFile.decode(data, path: "a.md")
        #expect(file.text == "甲\n乙\n")
    }

    @Test func namesTheByteWhereUTF8Breaks() {
        let data = Data(Array("第一行\n第二".utf8) + [0xFF] + Array("行".utf8))
        #expect {
            try TextFile.decode(data, path: "a.md")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.message.contains("byte offset 16") && diagnostic.location.line == 2 && diagnostic.location.column == 3
        }
    }
}
