import Markdown
import Testing

@Suite("Markdown wrapper: rendering through libcmark-gfm")
struct MarkdownRenderingTests {
    private func html(_ markdown: String, rawHTML: Bool = false) -> String {
        let document = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowsRawHTML: rawHTML))
        return document.renderHTML(document.root)
    }

    @Test func rendersGFMTables() {
        let output = html("| 条 | 标题 |\n|---:|:---|\n| 54 | 没收 |\n")
        #expect(output.contains("<table>"))
        #expect(output.contains("<th align=\"right\">条</th>"))
        #expect(output.contains("<td align=\"left\">没收</td>"))
    }

    @Test func rendersAutolinksAndStrikethrough() {
        let output = html("见 www.unodc.org 和 ~~删除~~。\n")
        #expect(output.contains("<a href=\"http://www.unodc.org\">www.unodc.org</a>"))
        #expect(output.contains("<del>删除</del>"))
    }

    @Test func dropsRawHTMLByDefault() {
        let output = html("<script>alert(1)</script>\n\n段落 <img src=x onerror=alert(1)> 文本\n")
        #expect(!output.contains("<script"))
        #expect(!output.contains("onerror"))
        #expect(output.contains("raw HTML omitted"))
    }

    @Test func neutralisesJavaScriptLinks() {
        let output = html("[点击](javascript:alert(1))\n")
        #expect(!output.contains("javascript:"))
        #expect(output.contains("<a href=\"\">点击</a>"))
    }

    @Test func tagFilterStillEscapesScriptWhenRawHTMLIsAllowed() {
        let output = html("<script>alert(1)</script>\n\n<b>粗体</b>\n", rawHTML: true)
        #expect(!output.contains("<script>"))
        #expect(output.contains("&lt;script>"))
        #expect(output.contains("<b>粗体</b>"))
    }

    @Test func keepsChineseTextExactly() {
        let text = "关于第 58 条，在讨论开始时，可以首先由金融情报机构的一名官员介绍情况（“合理的依据”）。"
        let output = html(text + "\n")
        #expect(output == "<p>\(text)</p>\n")
    }

    @Test func escapesTextThatLooksLikeMarkup() {
        let output = html("A & B < C\n")
        #expect(output == "<p>A &amp; B &lt; C</p>\n")
    }
}
