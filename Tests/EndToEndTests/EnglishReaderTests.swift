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

    /// The pairs of a Chinese value and its English form that the content's files give, read line by line:
    /// a `zh:` line (or `- zh:`) and an `en:` line at the same indentation within the next three lines.
    static func englishForms(in files: [URL]) throws -> [String: Set<String>] {
        var forms: [String: Set<String>] = [:]
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (position, line) in lines.enumerated() {
                guard let zh = line.firstMatch(of: /^(\s*(?:- )?)zh: (.+)$/) else { continue }
                let indent = zh.1.count
                let value = String(zh.2).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                guard !value.hasPrefix("[") else { continue }
                for next in lines[(position + 1)..<min(position + 4, lines.count)] {
                    if let en = next.firstMatch(of: /^(\s*)en: (.+)$/), en.1.count == indent {
                        forms[value, default: []].insert(String(en.2).trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))
                        break
                    }
                }
            }
        }
        return forms
    }

    /// `text` as the pages write it in text and attributes.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func theEnglishInterfaceShowsTheEnglishFormOfEveryValueAndMarksChineseAsChinese() throws {
        let content = try AttendanceTests.contentWithSecondSession()
        let files = ["sessions/\(Self.slug)/report.md", "sessions/\(Self.slug)/work-plan.md", "sessions/2013-08-asset-recovery-7/report.md",
                     "reference/attendance-categories.yml", "reference/articles.yml", "reference/participants.yml", "glossary.yml"]
        let forms = try Self.englishForms(in: files.map { content.appendingPathComponent($0) })
        #expect(forms["《公约》缔约国"] == ["States parties to the Convention"])
        #expect(forms["2012-2015 年工作计划"] == ["Multi-year workplan for the period 2012–2015"])
        #expect(forms.count > 400, "sessions, categories, articles, participants, terms")
        let site = try BuiltSite.build(content: content.path) { $0.uiLanguage = .en }
        for (path, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            let texts = TextLanguages(html: html).texts
            // Chinese is marked as Chinese: the record's text and the Chinese forms shown beside the English.
            let unmarked = texts.filter { TextLanguages.hasHan($0.text) && !$0.lang.hasPrefix("zh") }
            #expect(unmarked.isEmpty, "\(path): \(unmarked.prefix(3).map(\.text))")
            // A value shown in Chinese has its English form on the same page (the record's text stays as it is).
            let missing = Set(texts.filter { $0.classes.isDisjoint(with: ["para-body", "excerpt"]) }.compactMap { text in
                forms[text.text].flatMap { english in english.contains { html.contains(Self.escaped($0)) } ? nil : text.text }
            })
            #expect(missing.isEmpty, "\(path): \(missing.sorted().prefix(3))")
        }
        // The places that showed only the Chinese form.
        let attendance = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        #expect(attendance.contains("<p class=\"kicker-visible\" lang=\"en\">Report on the meeting of the Open-ended Intergovernmental Working Group"))
        #expect(attendance.contains("<caption><span lang=\"en\">States parties to the Convention</span> ("))
        let participants = try #require(site.pages["participants/index.html"])
        #expect(participants.contains("<td lang=\"en\">States parties to the Convention</td>"))
        #expect(participants.contains("<caption>Participants ("))
        let article = try #require(site.pages["articles/57.html"])
        #expect(article.contains("lang=\"en\">Test fixture of a second session report</a>"))
        #expect(article.contains(">2015 meeting, item 5</a>"))
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-2.html"])
        #expect(chapter.contains("<p class=\"kicker\"><a href=\"index.html\" lang=\"en\">Report on the meeting"))
        #expect(chapter.contains("<span aria-current=\"page\" lang=\"zh-Hans\">二. 会议工作安排</span>"), "the record's heading, marked")
        let glossary = try #require(site.pages["glossary/index.html"])
        #expect(!glossary.contains("</a>；") && glossary.contains("</span></a>; <a href=\"#term-"), "related entries: English separators")
        #expect(try #require(site.pages["sessions/\(Self.slug)/full.html"]).contains("<title>Full report on one page · Report on the meeting"))
    }
}
