import Analysis
import Model
import Testing

@Suite("Analysis: recognising references in Chinese text")
struct ReferenceScannerTests {
    let scanner = ReferenceScanner()

    /// Each reference as `target: linked text [subdivisions]`.
    func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return scanner.scan(text).references.map { reference in
            let linked = String(decoding: bytes[reference.utf8Range], as: UTF8.self)
            let target: String
            switch reference.target {
            case .article(let number): target = "art \(number)"
            case .conventionChapter(let number): target = "chapter \(number)"
            case .resolution(let resolution): target = "\(resolution.body.rawValue) \(resolution.number)"
            case .document(let symbol): target = "doc \(symbol)"
            case .participant(let id): target = "participant \(id)"
            }
            let parts = reference.subdivisions.isEmpty ? "" : " " + reference.subdivisions.joined(separator: ",")
            return "\(target): \(linked)\(parts)"
        }
    }

    @Test(arguments: [
        ("关于第 58 条，在讨论开始时", ["art 58: 第 58 条"]),
        ("第五十四条（通过没收事宜的国际合作追回资产的机制）", ["art 54: 第五十四条"]),
        ("适用了第 54 和 55 条所载措施", ["art 54: 54", "art 55: 55"]),
        ("第 54、55 和 57 条", ["art 54: 54", "art 55: 55", "art 57: 57"]),
        ("关于第 56 条（特别合作）和第 58 条（金融情报机构）", ["art 56: 第 56 条", "art 58: 第 58 条"]),
        ("以及第 57 条第\n3(b)和(c)款的实施情况", ["art 57: 第 57 条第\n3(b)和(c)款 (3)(b),(3)(c)"]),
        ("（第 57 条第 3(b)款））", ["art 57: 第 57 条第 3(b)款 (3)(b)"]),
        ("第 52 条第 2 和 3 款所述请求", ["art 52: 第 52 条第 2 和 3 款 (2),(3)"]),
        ("《公约》第 31 条第 7 和 8 款对确保", ["art 31: 第 31 条第 7 和 8 款 (7),(8)"]),
        ("针对《公约》第 46 条第 4 款而对", ["art 46: 第 46 条第 4 款 (4)"]),
        ("条件（第 54 条第 2(a)款）。", ["art 54: 第 54 条第 2(a)款 (2)(a)"]),
        ("第七十一条", ["art 71: 第七十一条"]),
        ("实施《联合国反腐败公约》第五章，以此", ["chapter 5: 第五章"]),
        ("对第三和四章实施情况进行审查", ["chapter 3: 三", "chapter 4: 四"]),
        ("第三章和第四章", ["chapter 3: 第三章", "chapter 4: 第四章"]),
        ("在其第 1/4、2/3、3/3 和 4/4 号决议中，联合国反腐败公约缔约国会议设立了",
         ["cosp 1/4: 1/4", "cosp 2/3: 2/3", "cosp 3/3: 3/3", "cosp 4/4: 4/4"]),
        ("缔约国会议第 4/4 号决议请工作组", ["cosp 4/4: 4/4"]),
        ("按照安全理事会第 1970 (2007)号和第 1973 (2007)号决议追踪", ["security-council 1970 (2007): 1970 (2007)", "security-council 1973 (2007): 1973 (2007)"]),
        ("根据人权委员会第 19/38 号决议，已经提名", ["human-rights-council 19/38: 19/38"]),
        ("（CAC/COSP/WG.2/2009/3），并", ["doc CAC/COSP/WG.2/2009/3: CAC/COSP/WG.2/2009/3"]),
        ("背景文件（CAC/COSP/2009/7）。", ["doc CAC/COSP/2009/7: CAC/COSP/2009/7"]),
        ("（CAC/COSP/WG.2/2012/L.1 和 Add.1-3）。", ["doc CAC/COSP/WG.2/2012/L.1: CAC/COSP/WG.2/2012/L.1", "doc CAC/COSP/WG.2/2012/L.1/Add.1-3: Add.1-3"]),
        ("（CAC/COSP/WG.2/2012/3 号文件）", ["doc CAC/COSP/WG.2/2012/3: CAC/COSP/WG.2/2012/3"]),
    ])
    func recognises(text: String, expected: [String]) {
        #expect(found(text) == expected)
        #expect(scanner.scan(text).problems.isEmpty)
    }

    @Test(arguments: [
        "举行了其第六次会议。", "在审议机制第二周期内审议", "第 1/4 号", "在缔约国会议第五届会议之前", "2012 年 8 月 30 日",
        "第 25 段", "见第 5 页", "第十", "第", "第 54", "AGRASC 处理了", "一则 4/4 案件", "工作组 2012-2015 年", "第 3 次", "US/UK",
    ])
    func ignoresLookAlikes(text: String) {
        #expect(found(text).isEmpty)
        #expect(scanner.scan(text).problems.isEmpty)
    }

    @Test func bothNumeralStylesGiveTheSameArticle() {
        let arabic = scanner.scan("第 54 条").references.map(\.target)
        let chinese = scanner.scan("第五十四条").references.map(\.target)
        #expect(arabic == chinese)
        #expect(arabic == [.article(54)])
    }

    @Test func reportsArticlesAndChaptersThatDoNotExist() {
        let result = scanner.scan("见第 99 条和第九章。")
        #expect(result.references.isEmpty)
        #expect(result.problems.map(\.message) == [
            "article 99 does not exist: the Convention has 71 articles",
            "chapter 9 does not exist: the Convention has 8 chapters",
        ])
        #expect(result.problems.first?.utf8Offset == "见第 ".utf8.count)
    }

    @Test func reportsAMalformedParagraphOfAnArticle() {
        let result = scanner.scan("第 57 条第 3(x款的实施")
        #expect(result.references.map(\.target) == [.article(57)])
        #expect(result.problems.map(\.message).first?.hasPrefix("cannot read the paragraph of the article") == true)
    }

    @Test func resolutionAnchorsAreStable() {
        #expect(Resolution(body: .conferenceOfStatesParties, number: "4/4").anchor == "cosp-4-4")
        #expect(Resolution(body: .securityCouncil, number: "1970 (2007)").anchor == "security-council-1970-2007")
    }
}
