import Foundation
import Testing

@Suite("End to end: attendance by UN regional group, and the charts")
struct AttendanceRegionTests {
    static let slug = AttendanceTests.slug
    static let regions = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-other"]

    /// `participants.yml` read line by line, not by the build's YAML reader: each participant's kind and
    /// region, and every Chinese name and alias, from the lines `  - id:`, `    kind:`, `    region:` and
    /// `      zh:` (a name, or a `[list]` of aliases) under `participants:`.
    struct Registry {
        var kind: [String: String] = [:]
        var region: [String: String] = [:]
        var idByName: [String: String] = [:]

        init() throws {
            let text = try String(contentsOf: Repository.root.appendingPathComponent("Content/reference/participants.yml"), encoding: .utf8)
            var id: String?
            var inParticipants = false
            for line in text.split(separator: "\n").map(String.init) {
                if line == "participants:" { inParticipants = true }
                guard inParticipants else { continue }
                if line.hasPrefix("  - id: ") { id = String(line.dropFirst(8)) }
                guard let id else { continue }
                if line.hasPrefix("    kind: ") { kind[id] = String(line.dropFirst(10)) }
                if line.hasPrefix("    region: ") { region[id] = String(line.dropFirst(12)) }
                if line.hasPrefix("      zh: ") {
                    let value = line.dropFirst(10)
                    let names = value.hasPrefix("[") ? value.dropFirst().dropLast().components(separatedBy: ", ") : [String(value)]
                    for name in names where !name.isEmpty { idByName[name] = id }
                }
            }
        }
    }

    /// The States of paragraphs 9–16 of the source text, per region: a scan that takes, at each place, the
    /// longest name the registry knows (so 韩国犯罪学研究所 is an institute, not 韩国), without the build's
    /// list splitting; each participant once; counted when its kind is `state`.
    static func independentCounts() throws -> [String: Int] {
        let registry = try Registry()
        let seed = try String(contentsOfFile: Repository.seed, encoding: .utf8)
        let joined = seed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let start = try #require(joined.range(of: "9. "))
        let end = try #require(joined.range(of: "17. ", range: start.upperBound..<joined.endIndex))
        let text = Array(joined[start.lowerBound..<end.lowerBound])
        let names = registry.idByName.keys.sorted { $0.count > $1.count }.map { ($0, Array($0)) }
        var found: [String] = []
        var position = 0
        while position < text.count {
            let match = names.first { _, characters in
                position + characters.count <= text.count && Array(text[position..<position + characters.count]) == characters
            }
            if let (name, characters) = match {
                if let id = registry.idByName[name], !found.contains(id) { found.append(id) }
                position += characters.count
            } else {
                position += 1
            }
        }
        #expect(found.count == 108, "every participant of paragraphs 9–16")
        var counts: [String: Int] = [:]
        for id in found where registry.kind[id] == "state" {
            counts[registry.region[id] ?? "none", default: 0] += 1
        }
        return counts
    }

    @Test func theDataFileGivesEveryStateTheGroupTheUNListsItIn() throws {
        let registry = try Registry()
        let states = registry.kind.filter { $0.value == "state" }.map(\.key)
        #expect(states.count == 193)
        let sizes = Self.regions.map { region in states.filter { registry.region[$0] == region }.count }
        #expect(sizes == [54, 54, 23, 33, 29], "DGACM's groups, Türkiye and the United States counted with WEOG")
        for (id, region) in [("TUR", "western-european-other"), ("USA", "western-european-other"), ("ISR", "western-european-other"),
                             ("KIR", "asia-pacific"), ("CYP", "asia-pacific"), ("KAZ", "asia-pacific"), ("GEO", "eastern-european")] {
            #expect(registry.region[id] == region, "\(id)")
        }
    }

    @Test func theRegionCountsOf2012EqualAnIndependentCount() throws {
        let expected = try Self.independentCounts()
        #expect(Self.regions.map { expected[$0] ?? 0 } == [16, 27, 15, 16, 19])
        let site = try BuiltSite.build()
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        for region in Self.regions {
            let count = expected[region] ?? 0
            #expect(page.contains("data-region=\"\(region)\">\(count)</td>"), "\(region): the table of counts")
            let group = try #require(page.components(separatedBy: "id=\"region-\(region)\"").dropFirst().first?
                .components(separatedBy: "</section>").first)
            #expect(group.contains("<span class=\"count\">\(count)</span>"))
            #expect(group.components(separatedBy: "<li>").count - 1 == count, "\(region): the list")
            #expect(page.contains("<a href=\"#region-\(region)\">"), "the table leads to the list")
        }
        #expect(page.contains("共 93 个会员国"))
        // The data file, read as plain CSV: the State rows per region.
        let csv = try String(contentsOf: site.folder.appendingPathComponent("data/attendance.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(lines.first?.last == "region")
        for region in Self.regions {
            #expect(lines.filter { $0.count >= 2 && $0[$0.count - 2] == "state" && $0.last.map(String.init) == region }.count == expected[region])
        }
    }

    @Test func theChartIsAnImageWithATextAlternativeAndNoScript() throws {
        let site = try BuiltSite.build()
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        let svg = try #require(page.components(separatedBy: "<svg").dropFirst().first?.components(separatedBy: "</svg>").first)
        #expect(svg.contains("role=\"img\" aria-labelledby=\"region-chart-title region-chart-desc\""))
        #expect(svg.contains("<title id=\"region-chart-title\">出席会员国数（按区域组）</title>"))
        #expect(svg.contains("<desc id=\"region-chart-desc\">非洲国家组 16 个，亚洲-太平洋国家组 27 个，东欧国家组 15 个，拉丁美洲和加勒比国家组 16 个，西欧和其他国家组 19 个。</desc>"))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 5)
        #expect(!svg.contains("<script") && !svg.contains(" on"))
        #expect(page.contains("<table class=\"region-counts\">"), "the numbers beside it, as a table")
    }

    @Test func theChartsPageChartsEachSessionAndStillReadsWellWithTwo() throws {
        let one = try BuiltSite.build()
        let charts = try #require(one.pages["charts.html"])
        #expect(charts.contains("<title id=\"sessions-by-region-title\">"))
        #expect(charts.contains("<desc id=\"sessions-by-region-desc\">2012 年 8 月：非洲国家组 16 个，"))
        #expect(charts.contains("<title id=\"articles-per-session-title\">"))
        #expect(charts.contains("<table class=\"session-counts\">"))
        #expect(try #require(one.pages["participants/index.html"]).contains("<a href=\"../charts.html\">"), "the participants index leads to it")

        let two = try BuiltSite.build(content: AttendanceTests.contentWithSecondSession().path)
        let both = try #require(two.pages["charts.html"])
        let desc = try #require(both.components(separatedBy: "<desc id=\"sessions-by-region-desc\">").dropFirst().first?
            .components(separatedBy: "</desc>").first)
        #expect(desc.hasPrefix("2012 年 8 月："), "oldest first")
        #expect(desc.contains("；2013 年 8 月："))
        let rows = both.components(separatedBy: "<table class=\"session-counts\">").dropFirst().first?.components(separatedBy: "</table>").first
        #expect((rows?.components(separatedBy: "<tr><th scope=\"row\">").count ?? 0) - 1 == 2)
    }
}
