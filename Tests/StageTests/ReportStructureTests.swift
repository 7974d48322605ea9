import Diagnostics
import Loading
import Markdown
import Model
import Testing

@Suite("Loading: chapters, sections and numbered paragraphs")
struct ReportStructureTests {
    private func read(_ body: String) -> (ReportDocument, DiagnosticLog) {
        var log = DiagnosticLog()
        let source = BodySource(path: "report.md", text: body, firstLine: 10)
        let report = ReportStructureReader.read(source, body: body, options: MarkdownOptions(), log: &log)
        return (report, log)
    }

    @Test func readsChaptersSectionsAndParagraphs() {
        let (document, log) = read("""
        # 一. 导言

        1. 甲。

        # 二. 会议工作安排

        ## A. 会议开幕

        2. 乙。

            1. 议程项目：
                - (a) 子项；

        ## B. 出席情况

        3. 丙。
        """)
        #expect(log.diagnostics.isEmpty)
        let report = document.report
        #expect(report.chapters.map(\.heading) == ["一. 导言", "二. 会议工作安排"])
        #expect(report.chapters[1].sections.map(\.label) == ["A", "B"])
        #expect(report.paragraphs.map(\.number) == [1, 2, 3])
        #expect(report.paragraphs[1].text == "乙。议程项目：(a) 子项；")
        #expect(report.paragraphs[1].location == SourceLocation(path: "report.md", line: 18, column: 1))
        #expect(document.paragraphNodes.count == 3)
        #expect(report.chapter(containing: 3)?.number == 2)
    }

    @Test func reportsAGap() {
        let (_, log) = read("# 一. 导言\n\n1. 甲。\n\n2. 乙。\n\n4. 丁。\n")
        #expect(log.diagnostics.map(\.description) == [
            "report.md:16:1: error: paragraph 4 follows paragraph 2: paragraph 3 is missing",
        ])
    }

    @Test func reportsADuplicate() {
        let (_, log) = read("# 一. 导言\n\n1. 甲。\n\n2. 乙。\n\n2. 乙。\n\n3. 丙。\n")
        #expect(log.diagnostics.map(\.description) == [
            "report.md:16:1: error: paragraph 2 is numbered twice; the first is at line 14",
        ])
    }

    @Test func reportsOutOfOrder() {
        let (_, log) = read("# 一. 导言\n\n1. 甲。\n\n3. 丙。\n\n2. 乙。\n")
        #expect(log.diagnostics.map(\.message) == [
            "paragraph 3 follows paragraph 1: paragraph 2 is missing",
            "paragraph 2 is out of order: it comes after paragraph 3",
        ])
    }

    @Test func reportsTheFirstParagraphIfItIsNotOne() {
        let (_, log) = read("# 一. 导言\n\n3. 丙。\n")
        #expect(log.diagnostics.map(\.message) == ["paragraph 3 follows paragraph 0: paragraphs 1–2 are missing"])
    }

    @Test func rejectsTextOutsideParagraphsAndBadHeadings() {
        let (_, log) = read("# 导言\n\n没有编号的文字。\n\n# 二. 会议\n\n### 太深\n")
        let messages = log.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("a chapter heading is a numeral") })
        #expect(messages.contains { $0.hasPrefix("text outside a numbered paragraph") })
        #expect(messages.contains { $0.hasPrefix("a report has chapter (#) and section (##) headings only") })
    }

    @Test func columnsCountCharactersNotBytes() {
        let (_, log) = read("# 一. 导言\n\n1. 甲。\n\n- 项目\n")
        // The stray list starts at column 1 of line 14 of the file.
        #expect(log.diagnostics.first?.location == SourceLocation(path: "report.md", line: 14, column: 1))
        let source = BodySource(path: "r.md", text: "甲乙丙 x\n", firstLine: 1)
        #expect(source.location(line: 1, byteColumn: 11).column == 5)
    }
}

@Suite("Model: Chinese numerals and dates")
struct ModelValueTests {
    @Test(arguments: [("一", 1), ("十", 10), ("十四", 14), ("二十", 20), ("五十四", 54), ("七十一", 71), ("一百零二", 102)])
    func readsNumerals(text: String, value: Int) {
        #expect(ChineseNumeral.value(of: text) == value)
        #expect(ChineseNumeral.text(for: value) == text)
    }

    @Test(arguments: ["", "四十四十", "条", "十十", "零"])
    func rejectsNonNumerals(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    @Test func validatesCalendarDates() {
        #expect(CalendarDate(iso: "2012-02-29") != nil)
        #expect(CalendarDate(iso: "2013-02-29") == nil)
        #expect(CalendarDate(iso: "2012-8-30") == nil)
        #expect(CalendarDate(iso: "2012-08-30")?.iso == "2012-08-30")
    }
}
