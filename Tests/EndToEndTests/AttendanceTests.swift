import Foundation
import Testing

@Suite("End to end: attendance tables and participants")
struct AttendanceTests {
    static let slug = "2012-08-asset-recovery-6"

    /// An independent, simple count of the seed's paragraphs 9–16: the names after "：" are separated by
    /// 、, and the last item holds one more name for each 和 that is not the 和 of 共和国; a paragraph
    /// without "：" names one participant.
    static func seedCounts() throws -> [Int] {
        let seed = try String(contentsOfFile: Repository.seed, encoding: .utf8)
        let joined = seed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        var counts: [Int] = []
        for number in 9...16 {
            guard let start = joined.range(of: "\(number). "), let end = joined.range(of: "\(number + 1). ", range: start.upperBound..<joined.endIndex)
            else { continue }
            let paragraph = joined[start.upperBound..<end.lowerBound]
            guard let colon = paragraph.firstIndex(of: "：") else {
                counts.append(1)
                continue
            }
            let items = paragraph[paragraph.index(after: colon)...].split(separator: "、")
            let last = items.last.map(String.init) ?? ""
            let conjunctions = last.components(separatedBy: "和").count - 1 - last.components(separatedBy: "和国").count + 1
            counts.append(items.count + conjunctions)
        }
        return counts
    }

    @Test func countsPerCategoryEqualAnIndependentSplitOfTheSource() throws {
        let expected = try Self.seedCounts()
        #expect(expected == [87, 1, 5, 1, 1, 5, 7, 1])
        let site = try BuiltSite.build()
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        let tables = page.components(separatedBy: "<table class=\"attendance\">").dropFirst()
        #expect(tables.map { $0.components(separatedBy: "</table>")[0].components(separatedBy: "<th scope=\"row\"").count - 1 } == expected)
        #expect(page.contains("共 108 个与会方"))
        #expect(!page.contains("class=\"unmatched\""), "every name is in the registry")
        for (position, paragraph) in (9...16).enumerated() {
            #expect(page.contains("id=\"category-\(position + 1)\""))
            #expect(page.contains("href=\"chapter-2.html#p\(paragraph)\""))
        }
        #expect(page.contains("<caption>"), "tables have captions")
        #expect(page.contains("<th scope=\"col\">"), "and header cells with scope")
    }

    @Test func namesAndCodesFollowTheUN() throws {
        let site = try BuiltSite.build()
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        for (zh, en, code) in [
            ("玻利维亚多民族国", "Bolivia (Plurinational State of)", "BOL"),
            ("大不列颠及北爱尔兰联合王国", "United Kingdom of Great Britain and Northern Ireland", "GBR"),
            ("伊朗伊斯兰共和国", "Iran (Islamic Republic of)", "IRN"),
            ("大韩民国", "Republic of Korea", "KOR"),
            ("委内瑞拉玻利瓦尔共和国", "Venezuela (Bolivarian Republic of)", "VEN"),
            ("阿拉伯叙利亚共和国", "Syrian Arab Republic", "SYR"),
            ("多米尼加共和国", "Dominican Republic", "DOM"),
            ("巴勒斯坦", "Palestine", "PSE"),
        ] {
            // In the category tables (the lists by regional group come before them).
            let tables = page.components(separatedBy: "<table class=\"attendance\">").dropFirst().joined()
            let row = try #require(tables.components(separatedBy: ">\(zh)</a>").dropFirst().first, "\(zh) is listed")
            let cells = row.components(separatedBy: "</tr>")[0]
            #expect(cells.contains(en), "\(zh) → \(en)")
            #expect(cells.contains("<td class=\"code\">\(code)</td>"), "\(zh) → \(code)")
        }
        #expect(page.contains(">欧洲联盟</a>") && page.contains("European Union"))
        #expect(page.contains(">联合国毒品和犯罪问题办公室</a>"))
    }

    @Test func participantPagesListRunningTextMentions() throws {
        let site = try BuiltSite.build()
        let usa = try #require(site.pages["participants/usa.html"])
        #expect(usa.contains("<span lang=\"zh-Hans\">《公约》缔约国</span> / <span lang=\"en\">States parties to the Convention</span>"))
        for paragraph in [6, 24, 25, 26] {
            #expect(usa.contains("#p\(paragraph)\""), "the United States is named in paragraph \(paragraph)")
        }
        #expect(!usa.contains("chapter-2.html#p9\">第 9 段</a></p>"), "the attendance list is not running text")
        let china = try #require(site.pages["participants/chn.html"])
        #expect(!china.contains("<mark>中国</mark>家"), "发展中国家 does not name China")
        let belgium = try #require(site.pages["participants/bel.html"])
        #expect(belgium.contains("#p37\"") && belgium.contains("#p42\""))
        let worldBank = try #require(site.pages["participants/world-bank.html"])
        #expect(worldBank.contains("#p46\""))
    }

    @Test func aParticipantPageHasAMentionsHeadingOnlyWhenItHasMentions() throws {
        let site = try BuiltSite.build()
        let pages = site.pages.filter { $0.key.hasPrefix("participants/") && !$0.key.hasSuffix("index.html") && !$0.key.contains("by-") }
        #expect(pages.count > 100)
        var withMentions = 0
        for (path, html) in pages {
            let hasHeading = html.contains("<h2>在正文中被提及之处</h2>")
            let hasGroups = html.contains("<section class=\"mention-group\">")
            #expect(hasHeading == hasGroups, "\(path): heading \(hasHeading), mentions \(hasGroups)")
            if hasGroups { withMentions += 1 }
        }
        #expect(withMentions > 10 && withMentions < pages.count, "\(withMentions) of \(pages.count) pages have mentions")
    }

    @Test func participantIndexesSortByPinyinEnglishAndAttendance() throws {
        let site = try BuiltSite.build()
        let byPinyin = try #require(site.pages["participants/index.html"])
        func order(_ page: String, _ names: [String]) -> [String] {
            names.sorted { (page.range(of: ">\($0)<")?.lowerBound ?? page.endIndex) < (page.range(of: ">\($1)<")?.lowerBound ?? page.endIndex) }
        }
        #expect(order(byPinyin, ["中国", "阿富汗", "巴西", "德国", "俄罗斯联邦"]) == ["阿富汗", "巴西", "德国", "俄罗斯联邦", "中国"])
        let byEnglish = try #require(site.pages["participants/by-english-name.html"])
        #expect(order(byEnglish, ["China", "Afghanistan", "Brazil", "Germany"]) == ["Afghanistan", "Brazil", "China", "Germany"])
        #expect(site.pages["participants/by-attendance.html"] != nil)
    }

    @Test func dataFilesHaveOneRowPerParticipantAndCategory() throws {
        let site = try BuiltSite.build()
        let bytes = try Data(contentsOf: site.folder.appendingPathComponent("data/attendance.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark, so that spreadsheets read UTF-8")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 109)
        #expect(lines[0].hasPrefix("session,session_date,paragraph,category_zh,category_en"))
        #expect(lines.contains { $0.contains(",大韩民国,KOR,大韩民国,Republic of Korea,KOR,state,asia-pacific") })
        let index = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.folder.appendingPathComponent("data/attendance.json")))
            as? [String: Any])
        #expect(index["csv"] as? String == "attendance.csv")
        let sessions = try #require(index["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1 && sessions.first?["session"] as? String == Self.slug && sessions.first?["rows"] as? Int == 108)
        let href = try #require(sessions.first?["href"] as? String)
        #expect(href == "attendance/\(Self.slug).json")
        let file = site.folder.appendingPathComponent("data").appendingPathComponent(href)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect(json["session"] as? String == Self.slug && json["session_date"] as? String == "2012-08-30")
        let rows = json["attendance"] as? [[String: Any]] ?? []
        #expect(rows.count == 108)
        #expect(rows.first?["participant_id"] as? String == "AFG")
        let attendancePage = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        #expect(attendancePage.contains("<a href=\"../../data/attendance/\(Self.slug).json\" type=\"application/json\">JSON</a>"))
    }

    @Test func palestineIsShownAsItWasInAugust2012NotAsAnObserverState() throws {
        let site = try BuiltSite.build()
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        let sections = page.components(separatedBy: "id=\"category-").dropFirst()
        let entity = try #require(sections.first { $0.contains("一个在联合国设有常驻观察员代表团的实体") })
        #expect(entity.contains(">巴勒斯坦</a>"), "paragraph 13's category")
        let observerStates = try #require(sections.first { $0.contains("<caption><span lang=\"zh-Hans\">观察员国</span>") })
        #expect(observerStates.contains(">阿曼</a>") && !observerStates.contains("巴勒斯坦"))
        let csv = try String(contentsOf: site.folder.appendingPathComponent("data/attendance.csv"), encoding: .utf8)
        let row = try #require(csv.split(separator: "\r\n").first { $0.contains(",PSE,") })
        #expect(row.hasSuffix(",Palestine,PSE,observer-mission-entity,asia-pacific"))
        #expect(row.contains(",13,一个在联合国设有常驻观察员代表团的实体,"))
        let json = try String(contentsOf: site.folder.appendingPathComponent("data/attendance/\(Self.slug).json"), encoding: .utf8)
        #expect(json.contains("\"kind\" : \"observer-mission-entity\""))
        let palestine = try #require(site.pages["participants/pse.html"])
        #expect(palestine.contains("<dt>类型</dt><dd>观察员国</dd>"), "what Palestine is now")
        #expect(palestine.contains("<dd class=\"earlier-kind\">2012 年 11 月 29 日以前：在联合国设有常驻观察员代表团的实体（General Assembly resolution 67/19, Status of Palestine in the United Nations (A/RES/67/19), 29 November 2012）</dd>"))
        #expect(palestine.contains("<span class=\"kind-then\">当时：在联合国设有常驻观察员代表团的实体</span>"))
    }

    @Test func theEgmontGroupsNamesAgreeAndParagraph15StillNamesIt() throws {
        let site = try BuiltSite.build()
        let egmont = try #require(site.pages["participants/egmont-group.html"])
        #expect(egmont.contains("<h1><span lang=\"zh-Hans\">金融情报机构艾格蒙特集团</span> <span class=\"title-en\" lang=\"en\">Egmont Group of Financial Intelligence Units</span></h1>"))
        #expect(egmont.contains("金融情报机构艾格蒙特集团秘书处"), "the Secretariat is an alias")
        let page = try #require(site.pages["sessions/\(Self.slug)/attendance.html"])
        #expect(page.contains("<a href=\"../../participants/egmont-group.html\">金融情报机构艾格蒙特集团</a> <span class=\"written\">（金融情报机构艾格蒙特集团秘书处）</span>"),
                "paragraph 15's wording is kept beside the name")
    }

    @Test func aSessionAfterTheChangeShowsTheNewKind() throws {
        let content = try Self.contentWithSecondSession { $0.replacingOccurrences(of: "阿曼和火星共和国", with: "阿曼和巴勒斯坦国") }
        let site = try BuiltSite.build(content: content.path)
        let csv = try String(contentsOf: site.folder.appendingPathComponent("data/attendance.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").filter { $0.contains(",PSE,") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.hasPrefix("2012-08-asset-recovery-6,") && $0.hasSuffix(",observer-mission-entity,asia-pacific") })
        #expect(rows.contains { $0.hasPrefix("2013-08-asset-recovery-7,") && $0.contains(",观察员国,") && $0.hasSuffix(",observer-state,asia-pacific") })
        let palestine = try #require(site.pages["participants/pse.html"])
        #expect(palestine.components(separatedBy: "class=\"kind-then\"").count - 1 == 1, "only the 2012 session differs from now")
    }

    /// A copy of the content with the fixture's 2013 session added, its report changed by `edit`.
    static func contentWithSecondSession(_ edit: (String) -> String = { $0 }) throws -> URL {
        let content = try BuildSafetyTests.copyOfContent()
        let second = content.appendingPathComponent("sessions/2013-08-asset-recovery-7")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        let fixture = try String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"), encoding: .utf8)
        try edit(fixture).write(to: second.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        return content
    }

    @Test func aSecondSessionMakesTheMatrixTwoColumnsWide() throws {
        let content = try Self.contentWithSecondSession()
        let run = try CommandRun.run(["check", "--content", content.path])
        #expect(run.status == 0)
        #expect(run.output.contains("2013-08-asset-recovery-7/report.md:31:23: warning"))
        #expect(run.output.contains("warning: '火星共和国' is not in the participant registry"))
        #expect(try CommandRun.run(["check", "--content", content.path, "--strict"]).status == 1, "an error under --strict")

        let site = try BuiltSite.build(content: content.path)
        let index = try #require(site.pages["participants/index.html"])
        #expect(index.contains("2013 年 8 月 29 日至 30 日</a></th><th scope=\"col\"><a href=\"../sessions/\(Self.slug)/attendance.html\">"))
        let france = try #require(index.components(separatedBy: ">法国</a>").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(france.contains("<td class=\"count-column\">2</td>"))
        let attendance = try #require(site.pages["sessions/2013-08-asset-recovery-7/attendance.html"])
        #expect(attendance.contains("class=\"unmatched\""), "the unknown name is listed, marked")
        #expect(attendance.contains("火星共和国"))
    }
}
