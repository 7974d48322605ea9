import Testing
@testable import Importing

@Suite("Import: page furniture and broken lines")
struct PageFurnitureTests {
    @Test func aSentenceSplitOverAPageBreakIsRejoinedWithoutTheFurniture() {
        let imported = Imported(report("""
        1. 工作组的会议由缔约国会议主席宣布开始，他回顾了工作组的任

        V.12-55555 3

         CAC/COSP/WG.2/2012/4

        务授权，强调应当实施第五章。

        2. 第二段。

        4

        """))
        #expect(imported.problems.isEmpty)
        #expect(imported.body == "# 一. 导言\n\n1. 工作组的会议由缔约国会议主席宣布开始，他回顾了工作组的任务授权，强调应当实施第五章。\n\n2. 第二段。\n")
        #expect(imported.outcome.summary.furnitureLines == 3)
        // The symbol stood once, beside the job number: a guess, listed with both line numbers.
        #expect(imported.textReview == [
            "report.md:22 <- REPORT.txt:9: removed 'CAC/COSP/WG.2/2012/4' as a running header (it stands beside a page number); put it back if it is part of the text",
        ])
        #expect(imported.review.contains { $0.contains("symbol: left empty") && $0.contains("the running header shows 'CAC/COSP/WG.2/2012/4'") })
    }

    @Test func aRunningHeaderOnEveryPageGoesWithoutReview() {
        let imported = Imported(report("""
        1. 甲乙丙

        CAC/COSP/WG.2/2012/4

        丁戊。

        2 V.12-55555(C)

        CAC/COSP/WG.2/2012/4

        2. 己庚。
        """))
        #expect(imported.body == "# 一. 导言\n\n1. 甲乙丙丁戊。\n\n2. 己庚。\n")
        #expect(imported.textReview.isEmpty)
        #expect(PageFurniture.verdict("V.12-55555 3") == .furniture)
        #expect(PageFurniture.verdict("*1255555*") == .furniture)
        #expect(PageFurniture.verdict("13 日在多哈举行。") == .text)
        #expect(PageFurniture.verdict("WG.2/2009/3），并感兴趣地") == .text)
    }

    @Test func formFeedsTabsAndAByteOrderMarkAreWhiteSpace() {
        let imported = Imported("\u{FEFF}某次会议的报告\r\n\r\n一. 导言\r\n\r\n1.来自法国的小组成员报告\r\n\u{0C}12\r\n\u{0C}称，法国\t法律制度立足于刑事定罪。\u{0C}\r\n\t2. 乙。\r\n")
        #expect(imported.problems.isEmpty)
        #expect(imported.outcome.report?.hasPrefix("---\ntitle:\n  zh: 某次会议的报告\n") == true)
        #expect(imported.body == "# 一. 导言\n\n1. 来自法国的小组成员报告称，法国法律制度立足于刑事定罪。\n\n2. 乙。\n")
        #expect(imported.outcome.summary.furnitureLines == 1)
    }

    @Test func aSymbolSplitOverLinesIsRejoinedWithNothing() {
        let imported = Imported(report("""
        1. 缔约国会议欣见工作组的各项结论和建议（CAC/COSP/ 
        WG.2/2009/3），并注意到背景文件（CAC/COSP/2009/7）。 
        """))
        #expect(imported.body == "# 一. 导言\n\n1. 缔约国会议欣见工作组的各项结论和建议（CAC/COSP/WG.2/2009/3），并注意到背景文件（CAC/COSP/2009/7）。\n")
        #expect(imported.textReview.isEmpty)
    }

    @Test func breaksBetweenChineseAndDigitsKeepOneSpaceAndStrayIndentationGoes() {
        let imported = Imported(report("""
        1. 首次论坛将于 9 月 11 日至

        13 日在多哈举行。该工具目前正处于最后准备阶段，

         2012 年 11 月将准备完毕，列入第 52 条第 2

        和 3 款。
         2. 波

         兰、葡萄牙。
        """))
        #expect(imported.body == """
        # 一. 导言

        1. 首次论坛将于 9 月 11 日至 13 日在多哈举行。该工具目前正处于最后准备阶段， 2012 年 11 月将准备完毕，列入第 52 条第 2 和 3 款。

        2. 波兰、葡萄牙。

        """)
    }

    @Test func aSpaceInsideAChineseWordIsRemovedAndListed() {
        let imported = Imported(report("1. 法律制度或法律制 度类似的国家。\n"))
        #expect(imported.body == "# 一. 导言\n\n1. 法律制度或法律制度类似的国家。\n")
        #expect(imported.textReview == ["report.md:22 <- REPORT.txt:5: removed a space between two Chinese characters: '法律制 度类似' → '法律制度类似'"])
    }

    @Test func twoEnglishWordsAreJoinedWithASpaceAndListed() {
        let imported = Imported(report("1. 执行主任宣布 Ali Bin\nFetais Al Marri（卡塔尔）被任命。\n"))
        #expect(imported.body == "# 一. 导言\n\n1. 执行主任宣布 Ali Bin Fetais Al Marri（卡塔尔）被任命。\n")
        #expect(imported.textReview == [
            "report.md:22 <- REPORT.txt:5: joined 'Bin' and 'Fetais' (lines 5–6) with a space, as two words; remove it if the break fell inside a word or a number",
        ])
    }

    @Test func joinRules() {
        #expect(LineJoin.between("任", "务") == .nothing)
        #expect(LineJoin.between("至", "1") == .space)
        #expect(LineJoin.between("2", "和") == .space)
        #expect(LineJoin.between("，", "2") == .space)
        #expect(LineJoin.between("/", "W") == .nothing)
        #expect(LineJoin.between("-", "2") == .nothing)
        #expect(LineJoin.between(")", "号") == .nothing)
        #expect(LineJoin.between("n", "F") == .guessedSpace)
        #expect(LineJoin.between("(", "2") == .nothing)
    }
}
