import Foundation
import Markdown
import Testing

/// The marked renderer writes the nodes on the way to a mark itself; every node it knows must come out
/// exactly as libcmark-gfm writes it, or pages would change when a paragraph gains a link.
@Suite("Markdown wrapper: marked rendering agrees with libcmark-gfm")
struct MarkedRenderingAgreementTests {
    private static let samples = [
        "段落一。\n第二行。\n\n段落二  \n硬换行。\n",
        "1. 甲\n2. 乙\n\n   乙的第二段\n3. 丙\n",
        "5. 紧凑\n6. 列表\n   - 嵌套 *强调* 与 **加粗**\n   - ~~删除~~ 和 `代码`\n",
        "> 引文 & <符号> \"引号\" 'apostrophe' a/b\n>\n> 第二段\n",
        "## 标题 *一*\n\n### 小标题\n\n正文 [链接](x.html \"t\") 与 <span>raw</span>。\n",
        "- [ ] 项\n- 项 2\n\n      code block\n\n---\n\n<div>\nblock\n</div>\n",
        "7. 第七段\n\n   > 引用\n\n8. 第八段\n",
        "| 条 | 标题 |\n|---|:--:|\n| 54 | 没收 |\n\n之后的段落。\n",
    ]

    /// The report and work plan of the real record, as they are in `Content/`.
    private static func recordFiles() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sessions = root.appendingPathComponent("Content/sessions")
        let folders = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        return try folders.flatMap { folder in
            try ["report.md", "work-plan.md"].compactMap { name -> String? in
                let url = sessions.appendingPathComponent(folder).appendingPathComponent(name)
                return FileManager.default.fileExists(atPath: url.path) ? try String(contentsOf: url, encoding: .utf8) : nil
            }
        }
    }

    @Test func everyNodeOfTheRecordAndTheSamples() throws {
        let texts = try Self.recordFiles() + Self.samples
        #expect(texts.count >= Self.samples.count + 2)
        var compared = 0
        for text in texts {
            for rawHTML in [false, true] {
                let document = MarkdownDocument(parsing: text, options: MarkdownOptions(allowsRawHTML: rawHTML))
                var nodes: [MarkdownNode] = []
                document.root.walk { node, entering in
                    if entering { nodes.append(node) }
                    return .continue
                }
                for node in nodes {
                    #expect(document.rebuiltHTML(node) == document.renderHTML(node), "\(node.kind) at line \(node.range.startLine)")
                    compared += 1
                }
            }
        }
        #expect(compared > 500)
    }

    @Test func escapesTextAndAttributesAsLibcmarkDoes() {
        let text = "A & B < C > D \"E\" 'F' /G/ 中文\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.rebuiltHTML(document.root) == document.renderHTML(document.root))
    }
}
