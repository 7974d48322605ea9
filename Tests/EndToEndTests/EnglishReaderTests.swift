import Foundation
import Pipeline
import Testing

/// For readers who do not read Chinese: the English interface says what each heading of the record is
/// about, and a report whose symbol is known links its official versions in the six UN languages.
@Suite("End to end: English glosses of headings and the official language versions")
struct EnglishReaderTests {
    static let slug = "2012-08-asset-recovery-6"

    @Test func chapterHeadingsShowTheirArticlesAndTermsInEnglish() throws {
        let site = try BuiltSite.build { $0.uiLanguage = .en }
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        let gloss = try #require(chapter.firstMatch(of: /<p class="heading-gloss" lang="en">([^<]*)<\/p>/).map { String($0.1) })
        #expect(gloss.hasPrefix("Article 54: Mechanisms for recovery of property through international cooperation in confiscation; "
                                + "Article 55: International cooperation for purposes of confiscation"), "\(gloss)")
        #expect(gloss.contains("terms: ") && gloss.contains("confiscation"), "\(gloss)")
        // The full report glosses the same heading, and only chapter V names articles.
        let full = try #require(site.pages["sessions/\(Self.slug)/full.html"])
        #expect(full.contains("<p class=\"heading-gloss\" lang=\"en\">\(gloss)</p>"))
        #expect(full.components(separatedBy: "heading-gloss\" lang=\"en\">Article").count - 1 == 1)
        // A section heading with a term gets its gloss too (B. 通过议程和工作安排 has none: no gloss).
        #expect(!full.contains("id=\"section-b\" class=\"section-heading\">B. 通过议程和工作安排</h3>\n<p class=\"heading-gloss\""))
    }

    @Test func theChineseInterfaceShowsNoGloss() throws {
        let site = try BuiltSite.build()
        #expect(!site.pages.values.contains { $0.contains("class=\"heading-gloss\"") })
    }

    @Test func aReportWithASymbolLinksItsSixOfficialVersions() throws {
        let content = try IncrementalBuildTests.content()
        let site = try BuiltSite.build(content: content.path)
        let symbol = "CAC/COSP/WG.2/2013/4"
        for page in ["index.html", "chapter-1.html", "full.html"] {
            let html = try #require(site.pages["sessions/\(IncrementalBuildTests.second)/\(page)"])
            let links = html.matches(of: /<a href="https:\/\/undocs\.org\/([a-z]{2})\/([^"]+)" hreflang="([a-z]{2})" lang="[a-z]{2}" rel="external">([^<]+)<\/a>/)
            #expect(links.map { String($0.1) } == ["ar", "zh", "en", "fr", "ru", "es"], "\(page)")
            #expect(links.allSatisfy { $0.2 == symbol && $0.1 == $0.3 }, "\(page)")
            #expect(links.map { String($0.4) } == ["العربية", "中文", "English", "Français", "Русский", "Español"])
            #expect(html.contains("<p class=\"official-versions\">正式文本（联合国六种正式语文）："), "\(page)")
        }
        // The 2012 report states no symbol: no link is guessed.
        let cover2012 = try #require(site.pages["sessions/\(Self.slug)/index.html"])
        #expect(!cover2012.contains("official-versions"))
    }
}
