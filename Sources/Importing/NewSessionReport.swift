/// The `report.md` that `rapporteur new session` starts a session with: the front matter with every key,
/// the required values left empty and a comment on each line, then a skeleton of the body in the
/// paragraph convention (chapters and sections as headings, numbered paragraphs, a list indented under
/// its paragraph) whose bracketed placeholders the editor replaces with the record's text.
public enum NewSessionReport {
    public static func markdown() -> String {
        var page = MarkdownPage()
        SessionFrontMatterWriter.write(title: nil, facts: MeetingFacts(), source: nil, explained: true, to: &page)
        for line in skeleton { page.append(line) }
        return page.text
    }

    private static let skeleton = [
        "",
        "# 一. 导言",
        "",
        "1. 〔第 1 段的原文。段落按报告的编号写，从 1 起连续编号，段与段之间空一行。〕",
        "",
        "# 二. 会议工作安排",
        "",
        "## A. 会议开幕",
        "",
        "2. 〔第 2 段的原文。段内的列表缩进四个空格：〕",
        "",
        "    1. 〔列表的第一项〕",
        "        - (a) 〔分项〕",
        "",
        "## B. 通过议程和工作安排",
        "",
        "3. 〔第 3 段的原文。〕",
    ]
}
