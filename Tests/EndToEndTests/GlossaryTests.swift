import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("End to end: the bilingual glossary and its links in the text")
struct GlossaryTests {
    static let slug = "2012-08-asset-recovery-6"

    /// The glossary's Chinese forms by entry id, read from the YAML file with plain string handling.
    static func forms() throws -> [String: [String]] {
        let text = try String(contentsOfFile: "\(Repository.content)/glossary.yml", encoding: .utf8)
        var result: [String: [String]] = [:]
        var current = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("  - id: ") { current = String(line.dropFirst(8)) }
            if line.hasPrefix("    zh: ") { result[current, default: []].append(String(line.dropFirst(8))) }
            if line.hasPrefix("    convention_form: {zh: ") {
                result[current, default: []].append(String(line.dropFirst(26).prefix { $0 != "," }))
            }
            if line.hasPrefix("    variants: [") {
                let inner = line.dropFirst(15).dropLast()
                result[current, default: []] += inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        return result
    }

    /// A paragraph's text with the term links found: reference links become placeholders (terms are never
    /// matched inside them), other markup is dropped.
    static func readParagraph(_ html: String) -> (text: [Character], links: [(start: Int, id: String)]) {
        var body = html
        if let range = body.range(of: "<p class=\"see-also\">.*?</p>", options: .regularExpression) { body.removeSubrange(range) }
        if let range = body.range(of: "<a class=\"para-number\"[^>]*>[^<]*</a>", options: .regularExpression) { body.removeSubrange(range) }
        var text: [Character] = []
        var links: [(start: Int, id: String)] = []
        var index = body.startIndex
        while index < body.endIndex {
            if body[index] == "<" {
                guard let close = body[index...].firstIndex(of: ">") else { break }
                let tag = body[index...close]
                if tag.hasPrefix("<a "), tag.contains("class=\"ref"), let end = body.range(of: "</a>", range: close..<body.endIndex) {
                    text += Array(repeating: "□", count: body[body.index(after: close)..<end.lowerBound].count)
                    index = end.upperBound
                    continue
                }
                if tag.hasPrefix("<a "), tag.contains("class=\"term\"") || tag.contains("class=\"term term-next\""),
                   let id = tag.range(of: "#term-[^\"]+", options: .regularExpression).map({ String(tag[$0].dropFirst(6)) }) {
                    links.append((text.count, id))
                }
                index = body.index(after: close)
                continue
            }
            if body[index] == "&", let semicolon = body[index...].firstIndex(of: ";") {
                let entity = body[index...semicolon]
                let decoded: Character = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"][String(entity)] ?? "?"
                text.append(decoded)
                index = body.index(after: semicolon)
                continue
            }
            if !body[index].isNewline { text.append(body[index]) }
            index = body.index(after: index)
        }
        return (text, links)
    }

    /// The entries the glossary never links (its `unlinked:` line), read as plain text.
    static func unlinked() throws -> Set<String> {
        let text = try String(contentsOfFile: "\(Repository.content)/glossary.yml", encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("unlinked: [") })
        return Set(line.dropFirst(11).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// The chapter of each numbered paragraph, from the lines of `report.md` (`# ` opens a chapter).
    static func chapterOfParagraph() throws -> [Int: Int] {
        var chapter = 0
        var result: [Int: Int] = [:]
        for line in try String(contentsOfFile: Repository.report, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("# ") { chapter += 1 }
            if let number = Int(line.prefix { $0.isASCII && $0.isNumber }), line.dropFirst(String(number).count).hasPrefix(". ") {
                result[number] = chapter
            }
        }
        return result
    }

    /// A plain longest-match scan, one form at a time: the first occurrence of each entry not in `seen`.
    static func expectedFirstOccurrences(_ text: [Character], forms: [String: [String]], seen: inout Set<String>) -> [(start: Int, id: String)] {
        let all = forms.flatMap { id, list in list.map { (Array($0), id) } }.sorted { $0.0.count > $1.0.count }
        var result: [(start: Int, id: String)] = []
        var position = 0
        while position < text.count {
            if let (form, id) = all.first(where: { form, _ in
                position + form.count <= text.count && Array(text[position..<position + form.count]) == form
            }) {
                if seen.insert(id).inserted { result.append((position, id)) }
                position += form.count
            } else {
                position += 1
            }
        }
        return result
    }

    /// The term links of paragraphs `numbers` on `page`, against a plain scan in which a term links once
    /// per page (`seen` is emptied where `resetsAt` says a new page's scope starts): the work plan adopted
    /// in paragraph 20 continues the scope of the page that shows it. Returns the number of links.
    static func expectLinksOnce(on page: String, paragraphs numbers: [Int], resetsAt: (Int) -> Bool, forms: [String: [String]],
                                unlinked: Set<String>, label: String) throws -> Int {
        var seen: Set<String> = []
        var total = 0
        for number in numbers {
            if resetsAt(number) { seen = [] }
            let html = try #require(BuiltSite.section(ofParagraph: number, in: page))
            for (index, part) in html.components(separatedBy: "<div class=\"work-plan\">").enumerated() {
                let paragraph = Self.readParagraph(part)
                var expected = Self.expectedFirstOccurrences(paragraph.text, forms: forms, seen: &seen)
                expected.removeAll { unlinked.contains($0.id) }
                #expect(paragraph.links.map { "\($0.start):\($0.id)" } == expected.map { "\($0.start):\($0.id)" },
                        "\(label), paragraph \(number), part \(index)")
                total += paragraph.links.count
            }
        }
        return total
    }

    @Test func everyTermIsLinkedAtItsFirstOccurrenceOnEachPageButTheCommonWordsAndNowhereElse() throws {
        let unlinked = try Self.unlinked()
        #expect(unlinked == ["united-nations-convention-against-corruption", "working-group-on-asset-recovery", "secretariat"])
        // The common words' forms still take their place in the text (a longer form wins), but are never links.
        let forms = try Self.forms()
        #expect(forms.count >= 80)
        let chapters = try Self.chapterOfParagraph()
        let site = try BuiltSite.build()
        let full = try #require(site.pages["sessions/\(Self.slug)/full.html"])
        // The full report: one page, so a term links once in the whole report (the work plan included).
        let inReport = try Self.expectLinksOnce(on: full, paragraphs: Array(1...48), resetsAt: { $0 == 1 }, forms: forms,
                                                unlinked: unlinked, label: "full report")
        #expect(inReport > 120 && inReport < 220, "\(inReport) term links in the full report")
        // Each chapter page: a term links once in the chapter (the work plan it shows included).
        var inChapters = 0
        for chapter in Set(chapters.values).sorted() {
            let numbers = chapters.filter { $0.value == chapter }.map(\.key).sorted()
            let page = try #require(site.pages["sessions/\(Self.slug)/chapter-\(chapter).html"])
            inChapters += try Self.expectLinksOnce(on: page, paragraphs: numbers, resetsAt: { $0 == numbers.first }, forms: forms,
                                                   unlinked: unlinked, label: "chapter \(chapter)")
        }
        #expect(inChapters > inReport, "a term used in several chapters links once in each")
        #expect(!full.contains("#term-secretariat\" class=\"term"), "a common word is never a link")
        #expect(full.contains("<span class=\"term-quiet\" data-en=\"secretariat\">秘书处</span>"), "but stays a quiet term")
        // The work plan's own page: a term links once in the plan.
        let plan = try #require(site.pages["sessions/\(Self.slug)/work-plan.html"])
        let planText = Self.readParagraph(try #require(BuiltSite.section(ofParagraph: 20, in: full))
            .components(separatedBy: "<div class=\"work-plan\">").dropFirst().joined()).text
        var seenInPlan: Set<String> = []
        let expectedInPlan = Self.expectedFirstOccurrences(planText, forms: forms, seen: &seenInPlan).filter { !unlinked.contains($0.id) }
        #expect(plan.components(separatedBy: "class=\"term\"").count + plan.components(separatedBy: "class=\"term term-next\"").count - 2
                == expectedInPlan.count)
    }

    @Test func adjacentTermsAreMarkedAndEveryTermCanBeShown() throws {
        let site = try BuiltSite.build()
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        #expect(chapter.contains("<p class=\"term-switch\"><input type=\"checkbox\" id=\"show-all-terms\"> <label for=\"show-all-terms\">标出所有术语并附英文</label></p>"))
        // 请求国 then 金融侦查 in paragraph 26: the second starts where the first ends.
        #expect(chapter.range(of: "请求国</(a|span)><(a|span) [^>]*class=\"term(-quiet)? term-next\"", options: .regularExpression) != nil)
        for html in site.pages.values {
            // Wherever two terms touch, the second says so.
            #expect(html.range(of: "</a><a [^>]*class=\"term\"", options: .regularExpression) == nil)
        }
    }

    @Test func termsShowTheirEnglishAccessibly() throws {
        let site = try BuiltSite.build()
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-5.html"])
        let link = try #require(chapter.range(of: "<a href=\"../../glossary/index.html#term-non-conviction-based-confiscation\"[^>]*>非定罪没收</a>",
                                              options: .regularExpression).map { String(chapter[$0]) })
        #expect(link.contains("data-en=\"non-conviction-based confiscation (NCB)\""))
        #expect(link.contains("aria-describedby=\"term-en-non-conviction-based-confiscation\""))
        #expect(chapter.contains("<span id=\"term-en-non-conviction-based-confiscation\" lang=\"en\">non-conviction-based confiscation (NCB)</span>"))
        for (path, html) in site.pages where html.contains("aria-describedby=\"term-en-") {
            for id in BuiltSite.attributeValues("aria-describedby", in: html) {
                #expect(html.contains("id=\"\(id)\""), "\(path): \(id) describes a term")
            }
        }
    }

    @Test func theChineseGlossaryIsInPinyinOrderAndTheEnglishAlphabetical() throws {
        let site = try BuiltSite.build()
        let chinese = try #require(site.pages["glossary/index.html"])
        func position(_ html: String, _ text: String) -> String.Index {
            html.range(of: text)?.lowerBound ?? html.endIndex
        }
        let sample = ["<span class=\"term-zh\" lang=\"zh-Hans\">资产追回</span>", "<span class=\"term-zh\" lang=\"zh-Hans\">冻结</span>",
                      "<span class=\"term-zh\" lang=\"zh-Hans\">司法协助</span>", "<span class=\"term-zh\" lang=\"zh-Hans\">没收</span>",
                      "<span class=\"term-zh\" lang=\"zh-Hans\">非定罪没收</span>", "<span class=\"term-zh\" lang=\"zh-Hans\">被盗资产</span>"]
        // bèi, dòng, fēi, mò, sī, zī
        #expect(sample.sorted { position(chinese, $0) < position(chinese, $1) } == [sample[5], sample[1], sample[4], sample[3], sample[2], sample[0]])
        #expect(chinese.contains("<a href=\"#letter-z\">Z</a>"))
        #expect(chinese.contains("id=\"term-non-conviction-based-confiscation\""))
        let english = try #require(site.pages["glossary/en.html"])
        let primary = { (term: String) in "<span class=\"term-en-primary\" lang=\"en\">\(term)</span>" }
        #expect(position(english, primary("asset recovery")) < position(english, primary("dual criminality")))
        #expect(position(english, primary("dual criminality")) < position(english, primary("mutual legal assistance")))
        #expect(position(english, primary("mutual legal assistance")) < english.endIndex)
        let entry = try #require(chinese.components(separatedBy: "id=\"term-non-conviction-based-confiscation\"").last?
            .components(separatedBy: "</dd>").first)
        #expect(entry.contains("href=\"../articles/54.html\""), "related articles link to their pages")
        #expect(entry.contains("<a href=\"terms/non-conviction-based-confiscation.html\">全部用例</a>"), "its uses, on a page of their own")
        let uses = try #require(site.pages["glossary/terms/non-conviction-based-confiscation.html"])
        #expect(uses.contains("<a href=\"../../sessions/2012-08-asset-recovery-6/chapter-5.html#p25\">25</a>"
            + "<span class=\"times\">×2</span> <span class=\"excerpt\">…律框架与相关经验和既有挑战。据报告在利用<mark>非定罪没收</mark>"),
                "where it occurs, in its words")
        #expect(uses.contains("<a href=\"../index.html#term-non-conviction-based-confiscation\">"), "back to its entry")
    }

    @Test func theTBXFileHasTheTBXBasicStructure() throws {
        let site = try BuiltSite.build()
        let data = try Data(contentsOf: site.folder.appendingPathComponent("data/glossary.tbx"))
        final class Walker: NSObject, XMLParserDelegate {
            var path: [String] = []
            var rootType: String?
            var entries = 0
            var langSets: [String] = []
            var entriesWithBothLanguages = 0
            var termsInLangSet = 0
            var languagesOK = true
            var currentLangs: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if path.isEmpty { rootType = name == "martif" ? attributes["type"] : "not martif" }
                if name == "termEntry" { entries += 1; currentLangs = []; if attributes["id"] == nil { languagesOK = false } }
                if name == "langSet" { currentLangs.append(attributes["xml:lang"] ?? ""); termsInLangSet = 0 }
                if name == "term", path.suffix(2) != ["langSet", "tig"] { languagesOK = false }
                if name == "term" { termsInLangSet += 1 }
                path.append(name)
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                path.removeLast()
                if name == "langSet", termsInLangSet == 0 { languagesOK = false }
                if name == "termEntry", currentLangs == ["zh-Hans", "en"] { entriesWithBothLanguages += 1 }
            }
        }
        let walker = Walker()
        let parser = XMLParser(data: data)
        parser.delegate = walker
        #expect(parser.parse(), "well-formed XML")
        #expect(walker.rootType == "TBX-Basic")
        #expect(walker.entries >= 80)
        #expect(walker.entriesWithBothLanguages == walker.entries)
        #expect(walker.languagesOK, "terms sit in tig elements of language sets; every language set has a term")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<martifHeader>") && text.contains("<fileDesc>") && text.contains("<text>\n<body>"))
        #expect(text.contains("<term>StAR</term><termNote type=\"termType\">abbreviation</termNote>"))
    }

    /// The entry of `id` on a glossary page, up to the end of its description.
    static func entry(_ id: String, in html: String) -> String? {
        html.components(separatedBy: "id=\"term-\(id)\"").dropFirst().first?.components(separatedBy: "</dd>").first
    }

    @Test func theRecordsTermsStayAndTheConventionsFormsAreGivenWithTheirPlace() throws {
        let site = try BuiltSite.build()
        let chinese = try #require(site.pages["glossary/index.html"])
        let dual = try #require(Self.entry("dual-criminality", in: chinese))
        #expect(dual.hasPrefix(">\n<dt><span class=\"term-zh\" lang=\"zh-Hans\">两国公认犯罪</span> <span class=\"term-en\" lang=\"en\">dual criminality</span>"))
        #expect(dual.contains("<p class=\"convention-form\">《公约》用语：<span lang=\"zh-Hans\">双重犯罪</span> (第 43 条第 2 款)</p>"))
        let civil = try #require(Self.entry("civil-society", in: chinese))
        #expect(civil.contains("<span class=\"term-zh\" lang=\"zh-Hans\">公民社会</span>"))
        #expect(civil.contains("<p class=\"convention-form\">《公约》用语：<span lang=\"zh-Hans\">民间社会</span> (序言)</p>"))
        let final = try #require(Self.entry("final-judgment", in: chinese), "the id and its permalink stay")
        #expect(final.contains("<span class=\"term-en\" lang=\"en\">final judgement</span>"))
        #expect(!chinese.contains("final judgment"))
        let csv = try String(contentsOf: site.folder.appendingPathComponent("data/glossary.csv"), encoding: .utf8)
        #expect(csv.contains("\r\ndual-criminality,两国公认犯罪,,dual criminality,"))
        #expect(csv.split(separator: "\r\n").contains { $0.hasPrefix("dual-criminality,") && $0.hasSuffix(",双重犯罪") })
        let tbx = try String(contentsOf: site.folder.appendingPathComponent("data/glossary.tbx"), encoding: .utf8)
        #expect(tbx.contains("<tig><term>双重犯罪</term><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote></tig>"))

        let english = try BuiltSite.build { $0.uiLanguage = .en }
        let englishPage = try #require(english.pages["glossary/en.html"])
        let englishDual = try #require(Self.entry("dual-criminality", in: englishPage))
        #expect(englishDual.contains("<p class=\"convention-form\">Convention&#39;s term: <span lang=\"zh-Hans\">双重犯罪</span> (art. 43(2))</p>"))
        let englishCivil = try #require(Self.entry("civil-society", in: englishPage))
        #expect(englishCivil.contains("<span lang=\"zh-Hans\">民间社会</span> (preamble)</p>"))
    }
}
