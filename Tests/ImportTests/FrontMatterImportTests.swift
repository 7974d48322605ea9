import Diagnostics
import Loading
import Model
import Testing
@testable import Importing

@Suite("Import: the front matter read from the text")
struct FrontMatterImportTests {
    @Test func datesVenueBodyAndMeetingFromTheTitleAndText() {
        let imported = Imported(report("1. 工作组于 2012 年 8 月 30 日至 31 日举行了其第六次会议。\n"))
        #expect(imported.outcome.report?.hasPrefix("""
        ---
        title:
          zh: 2012 年 8 月 30 日至 31 日在维也纳举行的工作组会议的报告
          en:
        body:
          zh: 工作组
          en:
        meeting: 6
        dates:
          start: 2012-08-30
          end: 2012-08-31
        venue:
          zh: 维也纳
          en:
        language: zh-Hans
        symbol:
        source: source.txt
        ---

        """) == true)
        #expect(imported.review.contains("report.md:8 <- REPORT.txt:5: meeting: 6, read from '其第六次会议'"))
    }

    @Test(arguments: [
        ("2013 年 12 月 30 日至 2014 年 1 月 2 日在多哈举行的资产追回问题工作组第七次会议的报告", "2013-12-30", "2014-01-02", "多哈", "资产追回问题工作组", 7),
        ("2012 年 4 月 2 日和 3 日在维也纳举行的专家组会议的报告", "2012-04-02", "2012-04-03", "维也纳", "专家组", nil),
        ("2011年8月25日至9月2日在维也纳举行的工作组第5次会议的报告", "2011-08-25", "2011-09-02", "维也纳", "工作组", 5),
        ("2012 年 9 月 11 日在多哈举行的论坛的报告", "2012-09-11", "2012-09-11", "多哈", "论坛", nil),
    ] as [(String, String, String, String, String, Int?)])
    func titles(title: String, start: String, end: String, venue: String, body: String, meeting: Int?) {
        let facts = MeetingFacts(title: title, paragraphs: [])
        #expect(facts.startDate?.iso == start)
        #expect(facts.endDate?.iso == end)
        #expect(facts.venue == venue)
        #expect(facts.body == body)
        #expect(facts.meeting == meeting)
    }

    @Test func whatTheTitleDoesNotStateIsLeftEmptyAndListed() {
        let imported = Imported(report("1. 甲。\n", title: "某次会议的报告"))
        let file = imported.outcome.report ?? ""
        #expect(file.contains("body:\n  zh:\n  en:\nmeeting:\ndates:\n  start:\n  end:\nvenue:\n  zh:\n  en:\n"))
        for field in ["body.zh", "venue.zh", "dates.start", "dates.end", "meeting", "symbol"] {
            #expect(imported.review.contains { $0.contains(" \(field): ") }, "\(field)")
        }
    }

    @Test func yamlValuesAreQuotedOnlyWhenTheyMustBe() {
        #expect(YAMLScalar.text("2012 年 8 月 30 日的报告") == "2012 年 8 月 30 日的报告")
        #expect(YAMLScalar.text("2012") == "\"2012\"")
        #expect(YAMLScalar.text("报告: 草稿") == "\"报告: 草稿\"")
        #expect(YAMLScalar.text("[草稿]") == "\"[草稿]\"")
        #expect(YAMLScalar.text("a\"b") == "a\"b")
        #expect(YAMLScalar.text("#1 \"x\"") == "\"#1 \\\"x\\\"\"")
        #expect(YAMLScalar.text("a\u{7}b") == "\"a\\u0007b\"")
    }

    /// Whatever a title holds, the loader reads back the same text from the front matter.
    @Test(arguments: ["2012 年 8 月 30 日的报告", "2012", "true", "报告: 草稿", "[草稿]", "- 报告", "a\"b\\c", "#1", "a\u{0}b\u{7}",
                      "报告 #1", "报告:", "*报告*", "'报告'", "null", "1e3", "～报告"])
    func valuesReadBackUnchanged(value: String) throws {
        var log = DiagnosticLog()
        let mapping = YAMLReader(path: "x.yml").parseMapping("zh: \(YAMLScalar.text(value))", log: &log)
        #expect(mapping?.string("zh", required: true, log: &log) == value)
        #expect(log.diagnostics.isEmpty)
    }
}
