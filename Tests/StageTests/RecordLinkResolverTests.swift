import Diagnostics
import Linking
import Model
import Testing

@Suite("Linking: links written inside the record")
struct RecordLinkResolverTests {
    static func session(_ slug: String, chapters: [[Int]], plan: Bool = false) -> Session {
        let location = SourceLocation(path: "\(slug)/report.md")
        let report = Report(chapters: chapters.enumerated().map { index, numbers in
            Chapter(number: index + 1, label: ChineseNumeral.text(for: index + 1), title: "章", location: location,
                    paragraphs: numbers.map { Paragraph(number: $0, location: location, text: "") })
        })
        let workPlan = plan ? WorkPlan(title: BilingualText(zh: "计划", en: "Plan"), paragraph: 1, meetings: [
            WorkPlanMeeting(heading: "2013年会议", year: 2013, groups: [
                WorkPlanGroup(heading: "常设议题", kind: .standing, items: [
                    WorkPlanItem(year: 2013, number: 5, location: location, text: "", notes: []),
                ], location: location),
            ], location: location),
        ], location: location) : nil
        let date = CalendarDate(year: 2012, month: 8, day: 30)!
        let metadata = SessionMetadata(title: BilingualText(zh: "报告", en: "Report"), body: BilingualText(zh: "组", en: "Group"),
                                       meeting: nil, startDate: date, endDate: date, venue: BilingualText(zh: "维也纳", en: "Vienna"),
                                       language: "zh-Hans", symbol: nil)
        return Session(slug: slug, metadata: metadata, report: report, workPlan: workPlan, reportPath: location.path)
    }

    let resolver = RecordLinkResolver(
        siteMap: SiteMap(sessions: [session("a", chapters: [[1, 2], [3]], plan: true), session("b", chapters: [[1]])]),
        slug: "a")

    @Test(arguments: [
        ("#p3", RecordLinkResolver.Resolution.resolved("chapter-2.html#p3", session: "a")),
        ("report.md#p1", .resolved("chapter-1.html#p1", session: "a")),
        ("../b/report.md#p1", .resolved("../b/chapter-1.html#p1", session: "b")),
        ("../b/report.md", .resolved("../b/index.html", session: "b")),
        ("work-plan.md#y2013-5", .resolved("work-plan.html#y2013-5", session: "a")),
        ("work-plan.md", .resolved("work-plan.html", session: "a")),
        ("https://undocs.org/CAC/COSP/2009/7", .external),
        ("mailto:someone@example.org", .external),
    ])
    func resolves(url: String, expected: RecordLinkResolver.Resolution) {
        #expect(resolver.resolve(url) == expected)
    }

    @Test(arguments: ["#p4", "#intro", "../c/report.md#p1", "../b/work-plan.md", "work-plan.md#y2013-9", "notes.html", "/etc/passwd"])
    func reportsBrokenLinks(url: String) {
        guard case .broken = resolver.resolve(url) else {
            Issue.record("\(url) should be broken")
            return
        }
    }

    @Test func makesRelativeLinksBetweenPages() {
        let chapter = SitePath("sessions/a/chapter-2.html")
        #expect(chapter.link(to: SitePath("index.html")) == "../../index.html")
        #expect(chapter.link(to: SitePath("sessions/a/chapter-3.html"), fragment: "p9") == "chapter-3.html#p9")
        #expect(chapter.link(to: chapter, fragment: "p4") == "#p4")
        #expect(chapter.link(to: SitePath("sessions/b/index.html")) == "../b/index.html")
        #expect(SitePath("index.html").link(to: SitePath("assets/style.css")) == "assets/style.css")
    }
}
