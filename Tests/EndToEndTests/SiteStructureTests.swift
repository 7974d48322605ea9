import Foundation
import Testing

@Suite("End to end: the real Content/ built into a temporary folder")
struct SiteStructureTests {
    static let slug = "2012-08-asset-recovery-6"

    @Test func writesEveryPage() throws {
        let site = try BuiltSite.build()
        var expected: Set<String> = ["index.html", "sessions/\(Self.slug)/index.html", "sessions/\(Self.slug)/full.html",
                                     "sessions/\(Self.slug)/work-plan.html"]
        for chapter in 1...8 { expected.insert("sessions/\(Self.slug)/chapter-\(chapter).html") }
        expected.formUnion(["articles/index.html", "resolutions/index.html", "documents/index.html"])
        for article in [31, 46, 52, 53, 54, 55, 56, 57, 58] { expected.insert("articles/\(article).html") }
        expected.formUnion(["sessions/\(Self.slug)/attendance.html", "participants/index.html",
                            "participants/by-english-name.html", "participants/by-attendance.html",
                            "glossary/index.html", "glossary/en.html", "charts.html", "search.html", "404.html"])
        let termPages = site.pages.keys.filter { $0.hasPrefix("glossary/terms/") }
        #expect(termPages.count > 100 && termPages.allSatisfy { $0.hasSuffix(".html") && !$0.dropFirst(15).contains("/") },
                "a page of uses per term the record uses; one session, so one page each")
        let itemPages = site.pages.keys.filter {
            ($0.hasPrefix("resolutions/") || $0.hasPrefix("documents/") || $0.hasPrefix("articles/chapter-")) && !$0.hasSuffix("/index.html")
        }
        #expect(Set(itemPages) == Set(["articles/chapter-3.html", "articles/chapter-4.html", "articles/chapter-5.html", "resolutions/cosp-1-4.html",
                                       "resolutions/cosp-2-3.html", "resolutions/cosp-3-3.html", "resolutions/cosp-4-4.html",
                                       "resolutions/human-rights-council-19-38.html", "resolutions/security-council-1970-2007.html",
                                       "resolutions/security-council-1973-2007.html", "documents/cac-cosp-2009-7.html",
                                       "documents/cac-cosp-wg-2-2009-3.html", "documents/cac-cosp-wg-2-2012-3.html",
                                       "documents/cac-cosp-wg-2-2012-l-1-add-1-3.html", "documents/cac-cosp-wg-2-2012-l-1.html"]),
                "a page of citations per chapter discussed as a whole, resolution and document")
        let participantPages = Set(site.pages.keys).subtracting(expected).subtracting(termPages).subtracting(itemPages)
        #expect(expected.isSubset(of: Set(site.pages.keys)))
        #expect(participantPages.allSatisfy { $0.hasPrefix("participants/") })
        #expect(participantPages.count == 117, "one page per participant who attended or is named")
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("assets/style.css").path))
    }

    @Test func everyParagraphHasOneAnchorAndAPermalink() throws {
        let site = try BuiltSite.build()
        var anchors: [String] = []
        for chapter in 1...8 {
            let html = try #require(site.pages["sessions/\(Self.slug)/chapter-\(chapter).html"])
            let ids = BuiltSite.attributeValues("id", in: html).filter { $0.range(of: "^p[0-9]+$", options: .regularExpression) != nil }
            anchors += ids
            for id in ids {
                #expect(html.contains("<a class=\"para-number\" href=\"#\(id)\""), "paragraph \(id) links to itself")
            }
        }
        #expect(anchors == (1...48).map { "p\($0)" }, "p1–p48, each once, in order, over the chapter pages")

        let full = try #require(site.pages["sessions/\(Self.slug)/full.html"])
        let fullAnchors = BuiltSite.attributeValues("id", in: full).filter { $0.range(of: "^p[0-9]+$", options: .regularExpression) != nil }
        #expect(fullAnchors == (1...48).map { "p\($0)" })
    }

    @Test func chaptersHaveBreadcrumbsContentsAndNeighbours() throws {
        let site = try BuiltSite.build()
        let first = try #require(site.pages["sessions/\(Self.slug)/chapter-1.html"])
        let middle = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        let last = try #require(site.pages["sessions/\(Self.slug)/chapter-8.html"])
        #expect(middle.contains("class=\"breadcrumbs\""))
        #expect(middle.contains("rel=\"prev\" href=\"chapter-4.html\""))
        #expect(middle.contains("rel=\"next\" href=\"chapter-6.html\""))
        #expect(!first.contains("rel=\"prev\""))
        #expect(!last.contains("rel=\"next\""))
        #expect(middle.contains("<h1>五. 关于没收事宜合作的专题讨论：第 54 条（通过没收事宜的国际合作追回资产的机制）和第 55 条（没收事宜的国际合作）</h1>"))
        #expect(middle.contains("第 25–35 段"))
    }

    @Test func coverShowsTheMeetingAndItsContents() throws {
        let site = try BuiltSite.build()
        let cover = try #require(site.pages["sessions/\(Self.slug)/index.html"])
        #expect(cover.contains("2012 年 8 月 30 日至 31 日在维也纳举行的资产追回问题不限成员名额政府间工作组会议的报告"))
        #expect(cover.contains("Open-ended Intergovernmental Working Group on Asset Recovery"))
        #expect(cover.contains("<time datetime=\"2012-08-30\">2012 年 8 月 30 日至 31 日</time>"))
        #expect(cover.contains("维也纳") && cover.contains("Vienna"))
        #expect(cover.contains("第 6 次会议"))
        #expect(cover.contains("原文未载明"), "the report's own symbol is not in the source and is not invented")
        #expect(cover.contains("href=\"chapter-2.html#section-c\""))
        #expect(cover.contains("第 9–16 段"))
        let home = try #require(site.pages["index.html"])
        #expect(home.contains("href=\"sessions/\(Self.slug)/index.html\""))
    }

    @Test func workPlanIsAPageOfItsOwnLinkedBothWays() throws {
        let site = try BuiltSite.build()
        let plan = try #require(site.pages["sessions/\(Self.slug)/work-plan.html"])
        #expect(plan.contains("href=\"chapter-3.html#p20\""), "the plan links back to paragraph 20")
        for (year, items) in [(2013, 6), (2014, 6), (2015, 5)] {
            #expect(plan.contains("id=\"y\(year)\""))
            for item in 1...items { #expect(plan.contains("id=\"y\(year)-\(item)\"")) }
            #expect(!plan.contains("id=\"y\(year)-\(items + 1)\""))
        }
        #expect(plan.components(separatedBy: "class=\"note\"").count - 1 == 10, "ten bracketed notes")
        #expect(plan.components(separatedBy: "work-plan-standing").count - 1 == 3)
        #expect(plan.components(separatedBy: "work-plan-thematic").count - 1 == 3)

        let chapter3 = try #require(site.pages["sessions/\(Self.slug)/chapter-3.html"])
        for paragraph in 17...19 {
            let text = try #require(BuiltSite.section(ofParagraph: paragraph, in: chapter3))
            #expect(text.contains("href=\"work-plan.html\""), "paragraph \(paragraph) links to the plan")
        }
        let twenty = try #require(BuiltSite.section(ofParagraph: 20, in: chapter3))
        #expect(twenty.contains("id=\"y2015-5\""), "paragraph 20 shows the plan it adopts")
    }

    @Test func everyPageIsHTML5InChinese() throws {
        let site = try BuiltSite.build()
        for (path, html) in site.pages {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"), "\(path)")
            #expect(html.contains("<meta charset=\"utf-8\">"), "\(path)")
            #expect(html.contains("<main id=\"main\""), "\(path)")
            #expect(html.contains("class=\"skip-link\" href=\"#main\""), "\(path)")
            if path == "search.html" {
                let scripts = BuiltSite.attributeValues("src", in: html)
                #expect(scripts == ["search-index.js", "assets/search.js"], "the search page loads the index and its script, nothing inline")
                #expect(html.components(separatedBy: "<script").count - 1 == 2)
            } else if html.contains("class=\"term\"") {
                // Pages whose text links to the glossary load the term card script, and nothing else.
                #expect(BuiltSite.attributeValues("src", in: html).allSatisfy { $0.hasSuffix("assets/term-card.js") }, "\(path)")
                #expect(html.components(separatedBy: "<script").count - 1 == 1, "\(path) loads one script")
            } else {
                #expect(!html.contains("<script"), "\(path) has no script")
            }
        }
    }
}

extension BuiltSite {
    /// The HTML of one numbered paragraph's element (its `div` and everything inside it, such as an
    /// embedded work plan), found by counting nested `div`s.
    static func section(ofParagraph number: Int, in html: String) -> String? {
        guard let start = html.range(of: "<div class=\"para\" id=\"p\(number)\">") else { return nil }
        var depth = 0
        var index = start.lowerBound
        while index < html.endIndex {
            if html[index...].hasPrefix("<div") { depth += 1 }
            if html[index...].hasPrefix("</div>") {
                depth -= 1
                if depth == 0 { return String(html[start.lowerBound..<html.index(index, offsetBy: 6)]) }
            }
            index = html.index(after: index)
        }
        return nil
    }
}
