import Foundation
import Testing

@Suite("End to end: articles, resolutions and documents cited in the record")
struct ReferenceIndexTests {
    static let slug = "2012-08-asset-recovery-6"

    /// An independent reading of the raw seed, simpler than the scanner under test: join the lines,
    /// cut the text at the paragraph numbers 1–48, and find `第 N 条`, `第 N 和 M 条`, `第 N、M 条` and
    /// `第五十四条` with regular expressions.
    static func articlesBySeedParagraph() throws -> [Int: Set<Int>] {
        let seed = try String(contentsOfFile: Repository.seed, encoding: .utf8)
        let joined = seed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        var starts: [(number: Int, index: String.Index)] = []
        var searchFrom = joined.startIndex
        for number in 1...48 {
            // The paragraph number is followed by ". " and is not part of a longer number.
            var found: String.Index?
            var from = searchFrom
            while let range = joined.range(of: "\(number). ", range: from..<joined.endIndex) {
                let before = range.lowerBound == joined.startIndex ? nil : joined[joined.index(before: range.lowerBound)]
                if before == nil || !(before?.isNumber ?? false) { found = range.lowerBound; break }
                from = range.upperBound
            }
            guard let start = found else { continue }
            starts.append((number, start))
            searchFrom = joined.index(after: start)
        }
        let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        func chinese(_ text: Substring) -> Int {
            var value = 0
            var pending = 0
            for character in text {
                if character == "十" { value += max(pending, 1) * 10; pending = 0 } else { pending = chineseDigits[character] ?? 0 }
            }
            return value + pending
        }
        var result: [Int: Set<Int>] = [:]
        for (offset, start) in starts.enumerated() {
            let end = offset + 1 < starts.count ? starts[offset + 1].index : joined.endIndex
            var text = String(joined[start.index..<end])
            // A chapter or section heading ends the paragraph before it (headings are not paragraphs).
            if let heading = text.range(of: "[一二三四五六七八]\\. |[A-C]\\. ", options: .regularExpression) {
                text = String(text[..<heading.lowerBound])
            }
            var articles: Set<Int> = []
            let arabic = try NSRegularExpression(pattern: "第\\s*(\\d+)(?:\\s*(?:和|、)\\s*(\\d+))*\\s*条")
            for match in arabic.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let whole = Range(match.range, in: text) else { continue }
                for number in text[whole].split(whereSeparator: { !$0.isNumber }) { articles.insert(Int(number) ?? 0) }
            }
            let numerals = try NSRegularExpression(pattern: "第([一二三四五六七八九十]+)条")
            for match in numerals.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let numeral = Range(match.range(at: 1), in: text) else { continue }
                articles.insert(chinese(text[numeral]))
            }
            if !articles.isEmpty { result[start.number] = articles }
        }
        return result
    }

    @Test func everyCitedArticleListsExactlyTheParagraphsThatCiteIt() throws {
        let expected = try Self.articlesBySeedParagraph()
        var paragraphsByArticle: [Int: Set<Int>] = [:]
        for (paragraph, articles) in expected {
            for article in articles { paragraphsByArticle[article, default: []].insert(paragraph) }
        }
        #expect(paragraphsByArticle.keys.sorted() == [31, 46, 52, 53, 54, 55, 56, 57, 58])

        let site = try BuiltSite.build()
        for (article, paragraphs) in paragraphsByArticle {
            let page = try #require(site.pages["articles/\(article).html"], "article \(article) has a page")
            let paragraphLinks = BuiltSite.attributeValues("href", in: page)
                .filter { $0.range(of: "chapter-[0-9]+\\.html#p[0-9]+$", options: .regularExpression) != nil }
            let linked = Set(paragraphLinks.compactMap { link in Int(link.split(separator: "#p").last ?? "") })
            #expect(linked == paragraphs, "article \(article): the page links \(linked.sorted()), the source cites it in \(paragraphs.sorted())")
        }
        let cited = Set(site.pages.keys.filter { $0.range(of: "^articles/[0-9]+\\.html$", options: .regularExpression) != nil })
        #expect(cited.count == paragraphsByArticle.count, "no page for an article the source does not cite")
    }

    @Test func articlePagesShowTitlesSubParagraphsAndWorkPlanItems() throws {
        let site = try BuiltSite.build()
        let article57 = try #require(site.pages["articles/57.html"])
        #expect(article57.contains("资产的返还和处分"))
        #expect(article57.contains("Return and disposal of assets"))
        #expect(article57.contains("art. 57(3)(b), art. 57(3)(c)"))
        #expect(article57.contains("<mark>第 57 条第 3(b)款</mark>"))
        #expect(article57.contains("href=\"../sessions/\(Self.slug)/work-plan.html#y2015-5\""))
        #expect(article57.contains("rel=\"prev\" href=\"56.html\""))
        #expect(article57.contains("rel=\"next\" href=\"58.html\""))
        let article54 = try #require(site.pages["articles/54.html"])
        #expect(article54.contains("<mark>第五十四条</mark>"), "the Chinese numeral form is the same article")
        #expect(article54.contains("href=\"../sessions/\(Self.slug)/chapter-5.html#p31\""))
    }

    @Test func theIndexListsAll71ArticlesAndTheChapterMentions() throws {
        let site = try BuiltSite.build()
        let index = try #require(site.pages["articles/index.html"])
        #expect(index.components(separatedBy: "class=\"cited\">").count - 1 == 9)
        #expect(index.components(separatedBy: "class=\"uncited\">").count - 1 == 62)
        #expect(index.contains("<tr id=\"article-1\" class=\"uncited\">"), "every article's row can be linked to")
        let chapter5Entry = try #require(index.components(separatedBy: "id=\"chapter-5\"").last?.components(separatedBy: "id=\"chapter-6\"").first)
        #expect(chapter5Entry.contains("<a href=\"chapter-5.html\">对本章整体的讨论</a>"), "the chapter's discussions have a page of their own")
        #expect(!index.contains("class=\"mention-group\""), "the index lists no citations: they grow with the archive")
        let chapter5 = try #require(site.pages["articles/chapter-5.html"])
        for paragraph in [5, 18, 22] {
            #expect(chapter5.contains("#p\(paragraph)\""), "chapter V is mentioned in paragraph \(paragraph)")
        }
        #expect(chapter5.contains("<a href=\"index.html#chapter-5\">《公约》条款索引</a>"), "back to its entry")
        let chapter3 = try #require(site.pages["articles/chapter-3.html"])
        #expect(chapter3.contains("work-plan.html#y2013-5"), "第三和四章 in the 2013 work plan")
    }

    @Test func aChapterHeadingNamingAnArticleCountsOnceForItsWholeChapter() throws {
        let site = try BuiltSite.build()
        let index = try #require(site.pages["articles/index.html"])
        for article in [54, 55] {
            let page = try #require(site.pages["articles/\(article).html"])
            let discussion = try #require(page.components(separatedBy: "<li class=\"mention chapter-discussion\">").dropFirst().first,
                                          "article \(article): the heading of chapter V is listed")
            #expect(discussion.hasPrefix("\n<p class=\"mention-place\"><a href=\"../sessions/\(Self.slug)/chapter-5.html\">在第五章（第 25–35 段）中讨论</a></p>"))
            #expect(discussion.contains("<mark>第 \(article) 条</mark>（"))
            #expect(page.components(separatedBy: "chapter-discussion").count - 1 == 1, "one mention for the chapter, not one per paragraph")
            // The index counts what the page lists: the citations and the chapter heading.
            let listed = page.components(separatedBy: "<li class=\"mention").count - 1
            let row = try #require(Self.row(article, in: index))
            #expect(row.contains("<td class=\"count-column\">\(listed)</td>"), "article \(article) lists \(listed)")
        }
        #expect(!(try #require(site.pages["articles/57.html"])).contains("chapter-discussion"))
        let english = try BuiltSite.build { $0.uiLanguage = .en }
        let page = try #require(english.pages["articles/54.html"])
        #expect(page.contains(">discussed in chapter V (paragraphs 25–35)</a>"))
    }

    /// The row of article `number` in the index.
    static func row(_ number: Int, in index: String) -> String? {
        index.components(separatedBy: "<tr id=\"article-\(number)\"").dropFirst().first?.components(separatedBy: "</tr>").first
    }

    @Test func chineseTitlesNoSourceConfirmsAreMarkedUnconfirmed() throws {
        let site = try BuiltSite.build()
        let index = try #require(site.pages["articles/index.html"])
        let mark = "<span class=\"unconfirmed-mark\" aria-hidden=\"true\">†</span> <span class=\"visually-hidden\">（中文标题未经核实）</span>"
        #expect(index.contains("<p class=\"title-note\">† 标有 † 的中文标题尚未与《公约》中文作准文本（A/RES/58/4）核对。</p>"))
        let article27 = try #require(Self.row(27, in: index))
        #expect(article27.contains("<span lang=\"zh-Hans\">参与、未遂和中止</span><br>"), "confirmed by two sources, not 参与和未遂")
        #expect(!article27.contains(mark))
        let article54 = try #require(Self.row(54, in: index))
        #expect(article54.contains("<span lang=\"zh-Hans\">通过没收事宜的国际合作追回资产的机制</span>" + mark))
        #expect(index.components(separatedBy: mark).count - 1 == 61, "10 of the 71 titles are confirmed")

        let page54 = try #require(site.pages["articles/54.html"])
        #expect(page54.contains("<p class=\"article-title\"><span lang=\"zh-Hans\">通过没收事宜的国际合作追回资产的机制</span>" + mark))
        #expect(!page54.contains("中文标题核对来源"))
        let page57 = try #require(site.pages["articles/57.html"])
        #expect(!page57.contains(mark))
        #expect(page57.contains("<p class=\"title-note\">中文标题核对来源：<cite>UNODC, SHERLOC"))
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        #expect(chapter.contains("第 54 条：通过没收事宜的国际合作追回资产的机制（中文标题未经核实） / Article 54:"), "the tooltip in the text")

        let english = try BuiltSite.build { $0.uiLanguage = .en }
        let englishIndex = try #require(english.pages["articles/index.html"])
        #expect(englishIndex.contains("<span class=\"visually-hidden\">(Chinese title not confirmed)</span>"))
        #expect(englishIndex.contains("Chinese titles marked † have not yet been checked"))
    }

    @Test func resolutionsAndDocumentsAreListedAndLinkedFromTheText() throws {
        let site = try BuiltSite.build()
        let resolutions = try #require(site.pages["resolutions/index.html"])
        for anchor in ["cosp-1-4", "cosp-2-3", "cosp-3-3", "cosp-4-4", "security-council-1970-2007",
                       "security-council-1973-2007", "human-rights-council-19-38"] {
            #expect(resolutions.contains("id=\"\(anchor)\""), "\(anchor)")
        }
        let documents = try #require(site.pages["documents/index.html"])
        for symbol in ["CAC/COSP/WG.2/2009/3", "CAC/COSP/2009/7", "CAC/COSP/WG.2/2012/3", "CAC/COSP/WG.2/2012/L.1"] {
            #expect(documents.contains("href=\"https://undocs.org/\(symbol)\" rel=\"external\""), "\(symbol)")
        }
        #expect(documents.contains("https://undocs.org/CAC/COSP/WG.2/2012/L.1/Add.3"))
        let chapter1 = try #require(site.pages["sessions/\(Self.slug)/chapter-1.html"])
        #expect(chapter1.contains("<a href=\"https://undocs.org/CAC/COSP/2009/7\" class=\"ref ref-document\" rel=\"external\" title=\"CAC/COSP/2009/7\">CAC/COSP/2009/7</a>"))
        #expect(chapter1.contains("href=\"../../resolutions/cosp-4-4.html\""))
        #expect(resolutions.contains("<h3 id=\"cosp-4-4\" class=\"entry-heading\"><a href=\"cosp-4-4.html\">"), "its entry links its citations")
        let resolution = try #require(site.pages["resolutions/cosp-4-4.html"])
        #expect(resolution.contains("chapter-1.html#p"), "where it is cited")
        for symbol in ["CAC/COSP/WG.2/2009/3", "CAC/COSP/2009/7"] {
            let page = try #require(site.pages["documents/\(symbol.lowercased().replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")).html"])
            #expect(page.contains("href=\"https://undocs.org/\(symbol)\" rel=\"external\""), "\(symbol): its page links the document")
        }
        let chapter8 = try #require(site.pages["sessions/\(Self.slug)/chapter-8.html"])
        #expect(chapter8.contains(">Add.1-3</a>"))
    }

    @Test func theLinkedTextReadsExactlyAsBefore() throws {
        let site = try BuiltSite.build()
        let chapter5 = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        let text = try #require(BuiltSite.textOfParagraph("p31", in: chapter5))
        #expect(text.contains("印度尼西亚在资产追回国际合作中适用了第 54 和 55 条所载措施。"))
    }

    @Test func aSecondSessionMergesIntoTheSameIndexes() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let second = content.appendingPathComponent("sessions/2013-08-asset-recovery-7")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"),
                                         to: second.appendingPathComponent("report.md"))
        let site = try BuiltSite.build(content: content.path)
        let article54 = try #require(site.pages["articles/54.html"])
        #expect(article54.contains("href=\"../sessions/2013-08-asset-recovery-7/chapter-1.html#p1\""))
        #expect(article54.contains("href=\"../sessions/\(Self.slug)/chapter-5.html#p31\""))
        #expect(article54.range(of: "(?s)2013-08-asset-recovery-7.*2012-08-asset-recovery-6", options: .regularExpression) != nil,
                "newest session first")
        let index = try #require(site.pages["articles/index.html"])
        let row54 = try #require(index.components(separatedBy: "<tr id=\"article-54\"").last?.components(separatedBy: "</tr>").first)
        #expect(row54.contains("<td class=\"count-column\">6</td><td class=\"count-column\">2</td>"), "6 citations in 2 sessions")
        let documents = site.pages.filter { $0.key.hasPrefix("documents/cac-") }.values.joined()
        #expect(documents.components(separatedBy: "chapter-4.html#p21").count == 2)
        #expect(documents.contains("../sessions/2013-08-asset-recovery-7/chapter-1.html#p1"))
        #expect(try #require(site.pages["articles/57.html"]).contains("art. 57(3)"))
        // A report's own symbol links to the session, not out of the site.
        #expect(!(site.pages.values.contains { $0.contains("undocs.org/CAC/COSP/WG.2/2013/4") }))
    }
}
