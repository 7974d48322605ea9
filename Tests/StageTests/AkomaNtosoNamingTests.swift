@testable import AkomaNtoso
import Model
import Testing

@Suite("Akoma Ntoso: names, escaping and links")
struct AkomaNtosoNamingTests {
    static func session(symbol: String?, language: String = "zh-Hans") throws -> Session {
        let metadata = SessionMetadata(
            title: BilingualText(zh: "报告", en: "Report"), body: BilingualText(zh: "工作组", en: "Working Group"), meeting: 7,
            startDate: try #require(CalendarDate(iso: "2013-08-29")), endDate: try #require(CalendarDate(iso: "2013-08-30")),
            venue: BilingualText(zh: "维也纳", en: "Vienna"), language: language, symbol: symbol)
        return Session(slug: "2013-08-asset-recovery-7", metadata: metadata, report: Report(chapters: []), workPlan: nil, reportPath: "report.md")
    }

    @Test("the work is named by the symbol when the record states it, else by the slug; the expression by ISO 639-2")
    func naming() throws {
        let withSymbol = AKNNaming(session: try Self.session(symbol: "CAC/COSP/WG.2/2013/4"))
        #expect(withSymbol.work == "/akn/un/debateReport/2013-08-30/cac-cosp-wg-2-2013-4")
        #expect(withSymbol.expression == "/akn/un/debateReport/2013-08-30/cac-cosp-wg-2-2013-4/zho@")
        #expect(withSymbol.manifestation(of: "main") == "/akn/un/debateReport/2013-08-30/cac-cosp-wg-2-2013-4/zho@/!main.xml")
        let withoutSymbol = AKNNaming(session: try Self.session(symbol: nil, language: "en"))
        #expect(withoutSymbol.work == "/akn/un/debateReport/2013-08-30/2013-08-asset-recovery-7")
        #expect(withoutSymbol.language == "eng")
    }

    @Test("articles point into the Convention's work: the article, or its one cited paragraph and point")
    func conventionIRIs() {
        let main = "/akn/un/act/convention/2003-10-31/uncac/!main"
        #expect(ConventionWork.article(54) == "\(main)#art_54")
        #expect(ConventionWork.article(46, subdivisions: ["(4)"]) == "\(main)#art_46__para_4")
        #expect(ConventionWork.article(54, subdivisions: ["(2)(a)"]) == "\(main)#art_54__para_2__point_a")
        #expect(ConventionWork.article(57, subdivisions: ["(3)(b)", "(3)(c)"]) == "\(main)#art_57", "two parts: the article")
        #expect(ConventionWork.chapter(5) == "\(main)#chp_5")
    }

    @Test("text and attribute values are escaped, and characters XML cannot hold become U+FFFD")
    func escaping() {
        #expect(XMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
        #expect(XMLText.escape("a\u{1}b\u{FFFE}c\td\ne") == "a\u{FFFD}b\u{FFFD}c\td\ne")
        #expect(XMLText.escape("资产追回 ]]>") == "资产追回 ]]&gt;")
        #expect(XMLText.identifier("Côte d'Ivoire") == "C.f4.te.20.d.27.Ivoire")
        #expect(XMLText.identifier("a.b") != XMLText.identifier("a-b"), "two names never give one eId")
        #expect(XMLText.identifier("non-conviction_based-2") == "non-conviction_based-2")
    }

    @Test("links written in the record: a paragraph to its eId, script and data links dropped")
    func links() {
        #expect(AKNBlocks.safeHref("#p25") == "#para_25")
        #expect(AKNBlocks.safeHref("https://undocs.org/A/RES/58/4") == "https://undocs.org/A/RES/58/4")
        #expect(AKNBlocks.safeHref("JavaScript:alert(1)") == nil)
        #expect(AKNBlocks.safeHref(" java\tscript:alert(1)") == nil)
        #expect(AKNBlocks.safeHref("data:text/html,x") == nil)
    }
}
