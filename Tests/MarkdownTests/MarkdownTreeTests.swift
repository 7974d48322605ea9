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

    @Test func annotationWrapsPartOfATextNode() throws {
        let document = MarkdownDocument(parsing: "见第 54 条 & 第 55 条。\n")
        let node = try #require(document.root.runningTextNodes.first)
        let literal = try #require(node.literal)
        let start = try #require(literal.utf8.firstIndex(of: UInt8(ascii: "5")))
        let lower = literal.utf8.distance(from: literal.utf8.startIndex, to: start) - "第 ".utf8.count
        let upper = lower + "第 54 条".utf8.count
        try node.annotate([TextAnnotation(utf8Range: lower..<upper, openingHTML: "<a href=\"articles/54.html\">", closingHTML: "</a>")])
        let html = document.renderHTML(document.root)
        #expect(html == "<p>见<a href=\"articles/54.html\">第 54 条</a> &amp; 第 55 条。</p>\n")
    }

    @Test func annotationRejectsOverlapsAndSplitCharacters() throws {
        let document = MarkdownDocument(parsing: "资产追回\n")
        let node = try #require(document.root.runningTextNodes.first)
        #expect(throws: TextAnnotationError.overlappingOrOutOfBounds) {
            try node.annotate([
                TextAnnotation(utf8Range: 0..<6, openingHTML: "<b>", closingHTML: "</b>"),
                TextAnnotation(utf8Range: 3..<9, openingHTML: "<i>", closingHTML: "</i>"),
            ])
        }
        #expect(throws: TextAnnotationError.splitsACharacter) {
            try node.annotate([TextAnnotation(utf8Range: 1..<3, openingHTML: "<b>", closingHTML: "</b>")])
        }
    }
}
