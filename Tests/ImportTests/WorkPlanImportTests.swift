import Testing
@testable import Importing

@Suite("Import: the work plan inside a paragraph")
struct WorkPlanImportTests {
    static let text = report("""
    1. 缔约国会议请工作组编拟多年期工作计划。

    二. 工作计划

    2. 2012-2015 年工作计划内容如下：

    2013年会议

    常设议题

    1. 资产追回任务授权实施进展情况概述。

    [请注意：可以在对已返还资产进行定量描述的基

    础上讨论。]
     2. 讨论能力建设问题的论坛。

    专题讨论

    3. 关于第 56 条的讨论。

    [请注意：第一条说明。]
     [请注意：第二条说明。]

    2014 年会议

    常设议题

    1. 概述。

    三. 其他事项

    3. 丙。
    """)

    @Test func thePlanMovesToItsOwnFileAndTheParagraphKeepsItsText() {
        let imported = Imported(Self.text)
        #expect(imported.problems.isEmpty)
        #expect(imported.body == """
        # 一. 导言

        1. 缔约国会议请工作组编拟多年期工作计划。

        # 二. 工作计划

        2. 2012-2015 年工作计划内容如下：

        # 三. 其他事项

        3. 丙。

        """)
        #expect(imported.outcome.workPlan?.hasPrefix("""
        ---
        title:
          zh: 2012-2015 年工作计划
          en:
        paragraph: 2
        discussed_in: [1]
        ---

        """) == true)
        #expect(imported.workPlanBody == """
        ## 2013年会议

        ### 常设议题

        1. 资产追回任务授权实施进展情况概述。

           [请注意：可以在对已返还资产进行定量描述的基础上讨论。]

        2. 讨论能力建设问题的论坛。

        ### 专题讨论

        3. 关于第 56 条的讨论。

           [请注意：第一条说明。]

           [请注意：第二条说明。]

        ## 2014 年会议

        ### 常设议题

        1. 概述。

        """)
        #expect(imported.outcome.summary.workPlanItems == 4)
        #expect(imported.review.filter { $0.contains(": work plan ") } == [
            "work-plan.md:3 <- REPORT.txt:9: work plan title.zh: '2012-2015 年工作计划', read from paragraph 2",
            "work-plan.md:4 <- REPORT.txt:9: work plan title.en: left empty: write the English title of the work plan",
            "work-plan.md:6 <- REPORT.txt:9: work plan discussed_in: 1: the paragraphs that name the 工作计划 or stand in the chapter whose heading does",
        ])
        #expect(imported.textReview == [
            "work-plan.md:21 <- REPORT.txt:24: read '3.' as item 3 of the work plan; it could also be paragraph 3 of the report",
        ])
    }

    @Test func anUnknownGroupHeadingIsAGuessAndAnItemBeforeAnyGroupBlocks() {
        let guessed = Imported(report("1. 工作计划如下：\n\n2013年会议\n\n一般议题\n\n1. 概述。\n"))
        #expect(guessed.workPlanBody == "## 2013年会议\n\n### 一般议题\n\n1. 概述。\n")
        #expect(guessed.textReview == ["work-plan.md:11 <- REPORT.txt:9: read '一般议题' as a group heading of the work plan (like 常设议题, 专题讨论)"])

        let blocked = Imported(report("1. 工作计划如下：\n\n2013年会议\n\n1. 概述。\n"))
        #expect(blocked.problems == ["REPORT.txt:9:1: error: work-plan item 1 comes before a group heading (常设议题, 专题讨论); an item belongs to a group"])
    }

    @Test func theNextParagraphEndsThePlan() {
        let imported = Imported(report("1. 工作计划如下：\n\n2013年会议\n\n常设议题\n\n1. 概述。\n\n2. 论坛。\n\n2. 第二段。\n"))
        #expect(imported.problems.isEmpty)
        #expect(imported.body.hasSuffix("1. 工作计划如下：\n\n2. 第二段。\n"))
        #expect(imported.workPlanBody.hasSuffix("1. 概述。\n\n2. 论坛。\n"))
        #expect(imported.textReview == [
            "work-plan.md:15 <- REPORT.txt:13: read '2.' as item 2 of the work plan; it could also be paragraph 2 of the report",
        ])
    }
}
