import Foundation
import Testing

/// The charts across sessions (`charts.html`) on the real content and the second fixture session: their
/// text alternatives state the numbers that an independent count of the built data gives.
@Suite("End to end: the charts across sessions")
struct SessionChartsTests {
    static let regions = AttendanceRegionTests.regions
    static let regionsZh = ["非洲国家组", "亚洲-太平洋国家组", "东欧国家组", "拉丁美洲和加勒比国家组", "西欧和其他国家组"]

    /// An article with its citations across sessions, and the sessions that cite it.
    struct Ranked: Equatable {
        let number: Int
        let total: Int
        let sessions: Int

        /// Most cited first; at equal counts, in the Convention's order.
        static func mostFirst(_ lhs: Ranked, _ rhs: Ranked) -> Bool {
            lhs.total != rhs.total ? lhs.total > rhs.total : lhs.number < rhs.number
        }
    }

    /// The text of the chart's `<desc>`.
    static func description(_ id: String, in page: String) throws -> String {
        try #require(page.components(separatedBy: "<desc id=\"\(id)-desc\">").dropFirst().first?.components(separatedBy: "</desc>").first)
    }

    /// `data/attendance.csv` read as plain text: the States (kind `state`) of each session, by session date
    /// (`2012-08`) and region, each participant once.
    static func statesByRegion(csvIn folder: URL) throws -> [String: [String: Int]] {
        let csv = try String(contentsOf: folder.appendingPathComponent("data/attendance.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first).map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        let date = try #require(header.firstIndex(of: "session_date"))
        let id = try #require(header.firstIndex(of: "participant_id"))
        let kind = try #require(header.firstIndex(of: "kind"))
        let region = try #require(header.firstIndex(of: "region"))
        var seen: Set<String> = []
        var counts: [String: [String: Int]] = [:]
        for line in lines.dropFirst() where line.count == header.count && line[kind] == "state" {
            let month = String(line[date].prefix(7))
            guard seen.insert("\(month) \(line[id])").inserted else { continue }
            counts[month, default: [:]][line[region], default: 0] += 1
        }
        return counts
    }

    /// Each cited article's count in each session, read as plain text from the article's own page (its
    /// citations grouped by session, each group with its count), the sessions named by their folder's
    /// year; checked against the total and the number of sessions the articles index gives.
    static func articleCounts(in site: BuiltSite) throws -> [Int: [String: Int]] {
        let index = try #require(site.pages["articles/index.html"])
        var counts: [Int: [String: Int]] = [:]
        for row in index.components(separatedBy: "<tr id=\"article-").dropFirst() {
            let number = try #require(Int(row.prefix { $0.isNumber }))
            let body = try #require(row.components(separatedBy: "</tr>").first)
            let cells = body.matches(of: /<td class="count-column">(?:(\d+)<\/td>|<span class="visually-hidden">0<\/span>)/)
                .map { $0.1.flatMap { Int($0) } ?? 0 }
            #expect(cells.count == 2, "article \(number): its total and its number of sessions")
            guard let total = cells.first, total > 0 else { continue }
            let page = try #require(site.pages["articles/\(number).html"])
            for group in page.matches(of: /<h3 class="mention-session"><a href="..\/sessions\/(\d{4})-[^"]+"[^>]*>[^<]*<\/a> <span class="count">(\d+) 处<\/span>/) {
                counts[number, default: [:]][String(group.1)] = Int(group.2)
            }
            #expect(counts[number]?.values.reduce(0, +) == total && counts[number]?.count == cells.last, "article \(number)")
        }
        return counts
    }

    @Test func theChartsStateTheCountsOfTheBuiltDataOldestSessionFirst() throws {
        let site = try BuiltSite.build(content: AttendanceTests.contentWithSecondSession().path)
        let page = try #require(site.pages["charts.html"])

        // Attendance by regional group: the description, then the table, against the CSV.
        let states = try Self.statesByRegion(csvIn: site.folder)
        #expect(states.keys.sorted() == ["2012-08", "2013-08"])
        var items: [String] = []
        for month in states.keys.sorted() {
            let byRegion = states[month] ?? [:]
            let counts: [String] = zip(Self.regionsZh, Self.regions).map { name, region in "\(name) \(byRegion[region] ?? 0) 个" }
            let number = Int(month.suffix(2)) ?? 0
            items.append("\(month.prefix(4)) 年 \(number) 月：" + counts.joined(separator: "，"))
        }
        let expected = items.joined(separator: "；") + "。"
        #expect(try Self.description("sessions-by-region", in: page) == expected)
        #expect(states["2012-08"]?.values.reduce(0, +) == 93)
        let table = try #require(page.components(separatedBy: "<table class=\"session-counts\">").dropFirst().first?
            .components(separatedBy: "</table>").first)
        let rows = table.matches(of: /<tr><th scope="row"><a href="sessions\/[^"]+\/attendance\.html">([^<]+)<\/a><\/th>(.*?)<\/tr>/)
        #expect(rows.map { String($0.1) } == ["2012 年 8 月", "2013 年 8 月"], "oldest first, a row per session")
        for (row, month) in zip(rows, states.keys.sorted()) {
            let cells = String(row.2).matches(of: /<td class="count-column">(\d+)<\/td>/).compactMap { Int($0.1) }
            let counts = Self.regions.map { states[month]?[$0] ?? 0 }
            #expect(cells == counts + [counts.reduce(0, +)], "\(month)")
        }

        // Articles cited per session and the most cited overall, against the articles' pages and index.
        let articles = try Self.articleCounts(in: site)
        let perYear = ["2012", "2013"].map { year in articles.values.filter { $0[year] != nil }.count }
        #expect(perYear == [9, 2])
        #expect(try Self.description("articles-per-session", in: page) == "2012 年 8 月：\(perYear[0]) 条；2013 年 8 月：\(perYear[1]) 条。")
        let totals: [Ranked] = articles.map { number, bySession in
            Ranked(number: number, total: bySession.values.reduce(0, +), sessions: bySession.count)
        }
        let ranked = Array(totals.sorted(by: Ranked.mostFirst).prefix(10))
        let mostCited: [String] = ranked.map { "第 \($0.number) 条：\($0.total) 次" }
        #expect(try Self.description("most-cited-articles", in: page) == mostCited.joined(separator: "；") + "。")
        let listed: [Ranked] = page.matches(of: /<tr><th scope="row"><a href="articles\/(\d+)\.html">第 \d+ 条<\/a><\/th><td lang="zh-Hans">[^<]+<\/td><td class="count-column">(\d+)<\/td><td class="count-column">(\d+)<\/td><\/tr>/)
            .map { Ranked(number: Int($0.1) ?? 0, total: Int($0.2) ?? 0, sessions: Int($0.3) ?? 0) }
        #expect(listed == ranked)
        for article in ranked { #expect(site.pages["articles/\(article.number).html"] != nil, "the link leads to a page") }
    }

    @Test func theChartsAreImagesThatTellGroupsApartWithoutColour() throws {
        let site = try BuiltSite.build()
        let page = try #require(site.pages["charts.html"])
        let svgs = page.components(separatedBy: "<svg").dropFirst().compactMap { $0.components(separatedBy: "</svg>").first }
        #expect(svgs.count == 3)
        for (svg, id) in zip(svgs, ["sessions-by-region", "articles-per-session", "most-cited-articles"]) {
            #expect(svg.contains("viewBox=\"0 0 360 ") && svg.contains("width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(!svg.contains("<script") && !svg.contains(" on") && !svg.contains("href"))
        }
        // One session: a row in each chart, still with its numbers.
        #expect(try Self.description("sessions-by-region", in: page)
                == "2012 年 8 月：非洲国家组 16 个，亚洲-太平洋国家组 27 个，东欧国家组 15 个，拉丁美洲和加勒比国家组 16 个，西欧和其他国家组 19 个。")
        // The regional groups: a pattern each, the bars and legend keys filled with it.
        let byRegion = svgs[svgs.startIndex]
        for region in Self.regions {
            let id = "sessions-by-region-series-\(region)"
            #expect(byRegion.contains("<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\""), "\(region)")
            #expect(byRegion.components(separatedBy: "fill=\"url(#\(id))\"").count - 1 == 2, "\(region): its bar and its key")
        }
        #expect(byRegion.components(separatedBy: "<path class=\"hatch").count - 1 == 4, "every group but the first has marks")
        // Linked from the home page and the participants index, in both interfaces.
        #expect(try #require(site.pages["index.html"]).contains("<a href=\"charts.html\">历届会议图表</a>"))
        #expect(try #require(site.pages["participants/index.html"]).contains("<a href=\"../charts.html\">历届会议图表</a>"))
        let english = try BuiltSite.build { $0.uiLanguage = .en }
        let englishPage = try #require(english.pages["charts.html"])
        #expect(try Self.description("articles-per-session", in: englishPage) == "August 2012: 9.")
        #expect(try Self.description("most-cited-articles", in: englishPage).hasPrefix("Article 54: 5; Article 55: 5; "))
        #expect(englishPage.contains("<td lang=\"en\">Mechanisms for recovery of property through international cooperation in confiscation</td>"))
        #expect(try #require(english.pages["index.html"]).contains("<a href=\"charts.html\">Charts across sessions</a>"))
    }
}
