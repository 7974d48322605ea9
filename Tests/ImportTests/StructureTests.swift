import Testing
@testable import Importing

@Suite("Import: chapters, sections, paragraphs and lists")
struct StructureTests {
    @Test func paragraphsWhoseTextBeginsWithANumberKeepTheirNumbers() {
        let imported = Imported(report("""
        1. 甲。

        2. 8 月 30 日，工作组通过了议程。

        3. 2012-2015 年工作计划草稿。

        4. 2012 年 5 月，八国集团会议在戴维营举行，共有

        8 国出席。
        """))
        #expect(imported.problems.isEmpty)
        #expect(imported.body == """
        # 一. 导言

        1. 甲。

        2. 8 月 30 日，工作组通过了议程。

        3. 2012-2015 年工作计划草稿。

        4. 2012 年 5 月，八国集团会议在戴维营举行，共有 8 国出席。

        """)
    }

    @Test func aMissingParagraphNumberIsReportedAtItsSourceLine() {
        let imported = Imported(report("""
        1. 甲。

        2. 乙。

        4. 丁。

        5. 戊。
        """))
        #expect(imported.outcome.isBlocked)
        #expect(imported.outcome.report == nil)
        #expect(imported.problems == ["REPORT.txt:9:1: error: paragraph 4 follows paragraph 2: paragraph 3 is missing"])
    }

    @Test func aRepeatedParagraphNumberIsReportedAtItsSourceLine() {
        let imported = Imported(report("""
        1. 甲。

        2. 乙。
          2. 乙又一段。

        3. 丙。
        """))
        #expect(imported.outcome.isBlocked)
        #expect(imported.problems == ["REPORT.txt:8:3: error: paragraph 2 is numbered twice; the first is at line 7"])
    }

    @Test func aListInsideAParagraphIsIndentedUnderIt() {
        let imported = Imported(report("""
        7. 甲。

        8. 8 月 30 日，工作组通过了以下议程：

        1. 组织事项：

         (a) 会议开幕；

         (b) 通过议程和工作安排。

        2. 关于没收事宜合作的专题讨论：第五十四条（通过没收事宜的国际合

        作追回资产的机制）。

        3. 通过报告。

        9. 下列《公约》缔约国派代表出席了会议：阿富汗、阿尔及利

        亚和津巴布韦。
        """).replacingOccurrences(of: "\n7. 甲。", with: "\n1. 甲。\n\n2. 乙。\n\n3. 丙。\n\n4. 丁。\n\n5. 戊。\n\n6. 己。\n\n7. 甲。"))
        #expect(imported.problems.isEmpty)
        #expect(imported.body.components(separatedBy: "7. 甲。\n\n")[1] == """
        8. 8 月 30 日，工作组通过了以下议程：

            1. 组织事项：
                - (a) 会议开幕；
                - (b) 通过议程和工作安排。
            2. 关于没收事宜合作的专题讨论：第五十四条（通过没收事宜的国际合作追回资产的机制）。
            3. 通过报告。

        9. 下列《公约》缔约国派代表出席了会议：阿富汗、阿尔及利亚和津巴布韦。

        """)
        #expect(imported.textReview.isEmpty)
    }

    @Test func lettersDirectlyUnderAParagraphAndAnAmbiguousNumberIsListed() {
        let imported = Imported(report("""
        1. 工作组建议：

        (a) 加强合作；

        (b) 交流信息。

        2. 议程如下：

        1. 开幕。

        2. 闭幕。

        3. 第三段。
        """))
        #expect(imported.body == """
        # 一. 导言

        1. 工作组建议：

            - (a) 加强合作；
            - (b) 交流信息。

        2. 议程如下：

            1. 开幕。
            2. 闭幕。

        3. 第三段。

        """)
        #expect(imported.textReview == [
            "report.md:32 <- REPORT.txt:17: read '3.' as paragraph 3; it could also be item 3 of the list in paragraph 2",
        ])
    }

    @Test func chaptersAndSectionsWithAHeadingContinuedOnTheNextLine() {
        let imported = Imported(report("""
        1. 甲。

        二. 会议工作安排

        A. 会议开幕

        2. 乙。

        B. 出席情况

        3. 丙。

        三. 关于没收事宜合作的专题讨论：第 54 条（通过没收事宜的国际合作 
         追回资产的机制）

        4. 丁。
        """))
        #expect(imported.body == """
        # 一. 导言

        1. 甲。

        # 二. 会议工作安排

        ## A. 会议开幕

        2. 乙。

        ## B. 出席情况

        3. 丙。

        # 三. 关于没收事宜合作的专题讨论：第 54 条（通过没收事宜的国际合作追回资产的机制）

        4. 丁。

        """)
        #expect(imported.textReview == ["report.md:34 <- REPORT.txt:18: read this line as the continuation of chapter heading 三"])
    }

    @Test func chaptersOrSectionsOutOfOrderBlockTheImport() {
        let imported = Imported(report("1. 甲。\n\nA. 开幕\n\n2. 乙。\n\nC. 出席\n\n3. 丙。\n\n三. 结论\n\n4. 丁。\n"))
        #expect(imported.problems == [
            "REPORT.txt:11:1: error: section C should be section B: the sections of a chapter are lettered A, B, C …",
            "REPORT.txt:15:1: error: chapter 三 should be chapter 二: chapters are numbered in order",
        ])
    }

    @Test func textWithoutAChapterHeadingCannotBeImported() {
        let imported = Imported("一份没有章节的文字。\n1. 甲。\n")
        #expect(imported.problems == ["REPORT.txt:1:1: error: found no chapter heading ('一. 导言'): the importer needs one to tell the title from the report"])
    }

    @Test func markdownSyntaxInTheTextIsEscaped() {
        let imported = Imported(report("1. - 星号*和_下划线_与<b>及`代码`，见[附件](x)。\n\n2. 1. 不是列表。\n"))
        #expect(imported.body == """
        # 一. 导言

        1. \\- 星号\\*和\\_下划线\\_与\\<b>及\\`代码\\`，见[附件\\](x)。

        2. 1\\. 不是列表。

        """)
    }
}
