import Markdown

/// The Markdown of a numbered paragraph or a work-plan item as Akoma Ntoso blocks and inlines: Markdown
/// paragraphs as `<p>`, lists as `<blockList>` of `<item>`s, emphasis as `<i>` and `<b>`, code as
/// `<inline name="code">`, links as `<a>`, and the marked parts of text nodes as `<ref>`, `<term>` and
/// `<organization>`. The characters are the ones the HTML shows. Raw HTML, images and thematic breaks
/// show no text in the HTML and are left out. The tree is walked without recursion (a hostile document
/// may nest ten thousand lists).
enum AKNBlocks {
    /// The blocks of `children`, at least one (an empty `<p/>` when they show nothing); `marks` gives the
    /// spans to mark in each text node.
    static func blocks(of children: [MarkdownNode], marks: inout AKNTextMarks) -> String {
        var builder = XMLBuilder()
        for child in children where Self.producesBlock(child.kind) { write(child, marks: &marks, into: &builder) }
        if builder.xml.isEmpty { builder.empty("p") }
        return builder.xml
    }

    /// Whether a node of this kind becomes a block.
    static func producesBlock(_ kind: MarkdownNodeKind) -> Bool {
        switch kind {
        case .paragraph, .list, .blockQuote, .codeBlock, .heading, .extensionNode("table"): return true
        default: return false
        }
    }

    private static func write(_ top: MarkdownNode, marks: inout AKNTextMarks, into builder: inout XMLBuilder) {
        top.walk { node, entering in
            let kind = node.kind
            switch kind {
            case .paragraph, .heading:
                // A paragraph directly in a list item or quote is a block; so is the top node.
                entering ? builder.open("p") : builder.close("p")
            case .list:
                entering ? builder.open("blockList") : builder.close("blockList")
            case .item, .blockQuote:
                let name = kind == .item ? "item" : "blockContainer"
                guard entering else { builder.close(name); return .continue }
                builder.open(name)
                if !node.children.contains(where: { Self.producesBlock($0.kind) }) {
                    builder.empty("p")
                    builder.close(name)
                    return .skipChildren
                }
            case .codeBlock:
                if entering { builder.open("p"); inlineCode(node.literal ?? "", into: &builder); builder.close("p") }
            case .extensionNode("table"):
                if entering { builder.open("p"); builder.text(node.plainText); builder.close("p") }
                return .skipChildren
            case .htmlBlock, .thematicBreak, .footnoteDefinition, .htmlInline, .image, .footnoteReference:
                return .skipChildren
            case .text:
                if entering { text(node, spans: marks.spans(of: node), into: &builder) }
            case .softBreak:
                if entering { builder.text("\n") }
            case .lineBreak:
                if entering { builder.empty("eol"); builder.text("\n") }
            case .code:
                if entering { inlineCode(node.literal ?? "", into: &builder) }
            case .emphasis:
                entering ? builder.open("i") : builder.close("i")
            case .strong:
                entering ? builder.open("b") : builder.close("b")
            case .extensionNode("strikethrough"):
                entering ? builder.open("del") : builder.close("del")
            case .link:
                guard let href = node.url.flatMap(Self.safeHref) else { return .continue }
                entering ? builder.open("a", [("href", href)]) : builder.close("a")
            default:
                break
            }
            return .continue
        }
    }

    private static func inlineCode(_ literal: String, into builder: inout XMLBuilder) {
        builder.element("inline", [("name", "code")], text: literal)
    }

    /// A text node, its spans marked.
    private static func text(_ node: MarkdownNode, spans: [AKNSpan], into builder: inout XMLBuilder) {
        guard let literal = node.literal else { return }
        let bytes = Array(literal.utf8)
        var cursor = 0
        for span in spans where span.utf8Range.lowerBound >= cursor && span.utf8Range.upperBound <= bytes.count {
            guard let before = String(validating: bytes[cursor..<span.utf8Range.lowerBound], as: UTF8.self),
                  let marked = String(validating: bytes[span.utf8Range], as: UTF8.self) else { continue }
            builder.text(before)
            builder.element(span.element, span.attributes, text: marked)
            cursor = span.utf8Range.upperBound
        }
        builder.text(String(decoding: bytes[cursor...], as: UTF8.self))
    }

    /// A link's destination as the AKN file may hold it: a paragraph of the record (`#p25`) becomes the
    /// paragraph's eId (`#para_25`); `javascript:`, `data:` and `vbscript:` links are dropped (their words stay).
    static func safeHref(_ url: String) -> String? {
        let lowered = url.lowercased().filter { !$0.isWhitespace }
        if ["javascript:", "data:", "vbscript:"].contains(where: lowered.hasPrefix) { return nil }
        if url.hasPrefix("#p"), let number = Int(url.dropFirst(2)) { return "#\(AKNEIds.paragraph(number))" }
        return url
    }
}
