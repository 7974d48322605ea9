import Markdown
import Testing

@Suite("Markdown wrapper: walking and annotating the tree")
struct MarkdownTreeTests {
    @Test func exposesKindsPositionsAndText() throws {
        let document = MarkdownDocument(parsing: "# 一. 导言\n\n25. 第一句。\n    第二句。\n")
        let blocks = document.root.children
        #expect(blocks.count == 2)
        #expect(blocks[0].kind == .heading(level: 1))
        #expect(blocks[0].plainText == "一. 导言")
        #expect(blocks[1].kind == .list(ordered: true))
        let item = try #require(blocks[1].children.first)
        #expect(item.kind == .item)
        #expect(item.range.startLine == 3)
        #expect(item.range.startColumn == 1)
        // A soft line break inside Chinese text adds no space.
        #expect(item.plainText == "第一句。第二句。")
    }

    @Test func runningTextSkipsCodeLinksAndHTML() {
        let document = MarkdownDocument(parsing: "甲 `乙` [丙](x.html) **丁** <span>戊</span>\n")
        let texts = document.root.runningTextNodes.compactMap(\.literal)
        #expect(texts == ["甲 ", " ", " ", "丁", " ", "戊"])
    }

    @Test func annotationWrapsPartOfATextNodeWithoutChangingTheTree() throws {
        let document = MarkdownDocument(parsing: "见第 54 条 & 第 55 条。\n")
        let node = try #require(document.root.runningTextNodes.first)
        let literal = try #require(node.literal)
        let start = try #require(literal.utf8.firstIndex(of: UInt8(ascii: "5")))
        let lower = literal.utf8.distance(from: literal.utf8.startIndex, to: start) - "第 ".utf8.count
        let upper = lower + "第 54 条".utf8.count
        let marks = HTMLMarks(annotations: [node: [TextAnnotation(utf8Range: lower..<upper, openingHTML: "<a href=\"articles/54.html\">", closingHTML: "</a>")]])
        let rendered = document.renderHTML(document.root, marks: marks)
        #expect(rendered.html == "<p>见<a href=\"articles/54.html\">第 54 条</a> &amp; 第 55 条。</p>\n")
        #expect(rendered.problems.isEmpty)
        // The tree is as parsed: rendering it again without marks gives libcmark-gfm's plain output.
        #expect(document.renderHTML(document.root) == "<p>见第 54 条 &amp; 第 55 条。</p>\n")
        #expect(document.root.runningTextNodes.count == 1)
    }

    @Test func annotationRejectsOverlapsAndSplitCharacters() throws {
        let document = MarkdownDocument(parsing: "资产追回\n")
        let node = try #require(document.root.runningTextNodes.first)
        let overlapping = document.renderHTML(document.root, marks: HTMLMarks(annotations: [node: [
            TextAnnotation(utf8Range: 0..<6, openingHTML: "<b>", closingHTML: "</b>"),
            TextAnnotation(utf8Range: 3..<9, openingHTML: "<i>", closingHTML: "</i>"),
        ]]))
        #expect(overlapping.problems.map(\.error) == [.overlappingOrOutOfBounds])
        #expect(overlapping.html == "<p>资产追回</p>\n")
        let split = document.renderHTML(document.root, marks: HTMLMarks(annotations: [node: [
            TextAnnotation(utf8Range: 1..<3, openingHTML: "<b>", closingHTML: "</b>"),
        ]]))
        #expect(split.problems.map(\.error) == [.splitsACharacter])
    }

    @Test func marksInsideATableAreReportedNotLost() throws {
        let document = MarkdownDocument(parsing: "| 条 |\n|---|\n| 第 54 条 |\n")
        let node = try #require(document.root.runningTextNodes.last)
        let rendered = document.renderHTML(document.root, marks: HTMLMarks(annotations: [node: [
            TextAnnotation(utf8Range: 0..<3, openingHTML: "<b>", closingHTML: "</b>"),
        ]]))
        #expect(rendered.problems.map(\.error) == [.unsupportedContainer("table")])
        #expect(rendered.html == document.renderHTML(document.root))
    }

    @Test func rewritesALinkDestination() throws {
        let document = MarkdownDocument(parsing: "见[第 5 段](#p5 \"标题 & 说明\")和[外部](https://undocs.org/A/1)。\n")
        var links: [MarkdownNode] = []
        document.root.walk { node, entering in
            if entering, node.kind == .link { links.append(node) }
            return .continue
        }
        let first = try #require(links.first)
        let rendered = document.renderHTML(document.root, marks: HTMLMarks(linkDestinations: [first: "chapter-2.html#p5"]))
        #expect(rendered.html == "<p>见<a href=\"chapter-2.html#p5\" title=\"标题 &amp; 说明\">第 5 段</a>和<a href=\"https://undocs.org/A/1\">外部</a>。</p>\n")
    }
}
