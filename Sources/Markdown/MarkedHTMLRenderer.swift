import CMarkGFM

extension MarkdownDocument {
    /// Renders `node` to HTML with `marks`, leaving the parsed tree as it is, so that one parse serves
    /// every page and interface version that shows the text. What holds no mark is rendered by
    /// libcmark-gfm itself; the nodes on the way to a mark are written here exactly as libcmark-gfm
    /// writes them (`html.c`), which a test checks node by node against its output.
    public func renderHTML(_ node: MarkdownNode, marks: HTMLMarks) -> MarkedHTML {
        precondition(node.document === self, "a node can only be rendered by its own document")
        guard !marks.isEmpty else { return MarkedHTML(html: renderHTML(node), problems: []) }
        var writer = MarkedHTMLWriter(document: self, marks: marks, forceRebuild: false)
        writer.write(node)
        return MarkedHTML(html: writer.html, problems: writer.problems)
    }

    /// Renders `node` rebuilding every node this renderer knows, marks or not (for the test that compares
    /// it with libcmark-gfm).
    public func rebuiltHTML(_ node: MarkdownNode) -> String {
        var writer = MarkedHTMLWriter(document: self, marks: HTMLMarks(), forceRebuild: true)
        writer.write(node)
        return writer.html
    }
}

/// Writes HTML for a subtree; see `MarkdownDocument.renderHTML(_:marks:)`.
struct MarkedHTMLWriter {
    let document: MarkdownDocument
    let marks: HTMLMarks
    /// Every node with a mark below it (or on it): only these are rebuilt.
    private var onTheWay: Set<MarkdownNode> { marks.nodesOnTheWay }
    private let forceRebuild: Bool
    private(set) var html = ""
    private(set) var problems: [(node: MarkdownNode, error: TextAnnotationError)] = []

    init(document: MarkdownDocument, marks: HTMLMarks, forceRebuild: Bool) {
        self.document = document
        self.marks = marks
        self.forceRebuild = forceRebuild
    }

    /// How deep the nodes this writer rebuilds may nest (it recurses; libcmark-gfm does not, and writes
    /// anything deeper itself, without its marks).
    private static let maximumDepth = 500
    private var depth = 0

    mutating func write(_ node: MarkdownNode) {
        let kind = node.kind
        guard forceRebuild || onTheWay.contains(node), depth < Self.maximumDepth, let tags = tags(of: node, kind: kind) else {
            if !forceRebuild, onTheWay.contains(node) { reportUnsupported(below: node, kind: kind) }
            if kind.isBlock, !isTightParagraph(node) { newLine() }
            html += document.renderHTML(node)
            return
        }
        if tags.opensOnNewLine { newLine() }
        html += tags.opening
        if kind == .text {
            writeText(node)
        } else {
            depth += 1
            var child = cmark_node_first_child(node.pointer)
            while let current = child {
                write(MarkdownNode(pointer: current, document: document))
                child = cmark_node_next(current)
            }
            depth -= 1
        }
        if tags.closesOnNewLine { newLine() }
        html += tags.closing
    }

    /// libcmark-gfm's `cmark_html_render_cr`: a new line unless the output is empty or ends with one.
    private mutating func newLine() {
        if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
    }

    private mutating func writeText(_ node: MarkdownNode) {
        let literal = node.literal ?? ""
        guard let annotations = marks.annotations[node], !annotations.isEmpty else {
            html += HTMLText.escaped(literal)
            return
        }
        do {
            for piece in try TextAnnotation.pieces(of: literal, annotations) {
                html += (piece.annotation?.openingHTML ?? "") + HTMLText.escaped(piece.text) + (piece.annotation?.closingHTML ?? "")
            }
        } catch {
            problems.append((node, error))
            html += HTMLText.escaped(literal)
        }
    }

    /// Each annotated text below `node`, which is written by libcmark-gfm without its marks.
    private mutating func reportUnsupported(below node: MarkdownNode, kind: MarkdownNodeKind) {
        var marked: [MarkdownNode] = []
        node.walk { child, entering in
            if entering, child.kind == .text, marks.annotations[child] != nil { marked.append(child) }
            return .continue
        }
        problems += marked.map { ($0, .unsupportedContainer(kind.name)) }
    }

    private struct Tags {
        var opening: String
        var closing: String
        var opensOnNewLine = false
        var closesOnNewLine = false
    }

    /// The tags libcmark-gfm writes around `node`, or nil for a node this renderer does not rebuild.
    private func tags(of node: MarkdownNode, kind: MarkdownNodeKind) -> Tags? {
        switch kind {
        case .document: return Tags(opening: "", closing: "")
        case .text: return Tags(opening: "", closing: "")
        case .softBreak: return Tags(opening: "\n", closing: "")
        case .lineBreak: return Tags(opening: "<br />\n", closing: "")
        case .emphasis: return Tags(opening: "<em>", closing: "</em>")
        case .strong: return Tags(opening: "<strong>", closing: "</strong>")
        case .extensionNode("strikethrough"): return Tags(opening: "<del>", closing: "</del>")
        case .paragraph:
            if isTightParagraph(node) { return Tags(opening: "", closing: "") }
            return Tags(opening: "<p>", closing: "</p>\n", opensOnNewLine: true)
        case .heading(let level): return Tags(opening: "<h\(level)>", closing: "</h\(level)>\n", opensOnNewLine: true)
        case .blockQuote: return Tags(opening: "<blockquote>\n", closing: "</blockquote>\n", opensOnNewLine: true, closesOnNewLine: true)
        case .item: return Tags(opening: "<li>", closing: "</li>\n", opensOnNewLine: true)
        case .list(let ordered):
            guard ordered else { return Tags(opening: "<ul>\n", closing: "</ul>\n", opensOnNewLine: true) }
            let start = Int(cmark_node_get_list_start(node.pointer))
            return Tags(opening: start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n", closing: "</ol>\n", opensOnNewLine: true)
        case .link:
            guard let destination = marks.linkDestinations[node] else { return nil }
            let title = cmark_node_get_title(node.pointer).map { String(cString: $0) } ?? ""
            let titleAttribute = title.isEmpty ? "" : "\" title=\"" + HTMLText.escaped(title)
            return Tags(opening: "<a href=\"" + HTMLText.escapedHref(destination) + titleAttribute + "\">", closing: "</a>")
        default:
            return nil
        }
    }

    private func isTightParagraph(_ node: MarkdownNode) -> Bool {
        guard node.kind == .paragraph, let grandparent = node.parent?.parent,
              case .list = grandparent.kind else { return false }
        return cmark_node_get_list_tight(grandparent.pointer) != 0
    }
}

extension MarkdownNodeKind {
    /// Whether libcmark-gfm renders the node as a block (starting on a new line).
    var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading,
             .thematicBreak, .footnoteDefinition:
            return true
        case .extensionNode(let name):
            return name == "table"
        default:
            return false
        }
    }

    /// The kind as libcmark-gfm names it, for messages.
    var name: String {
        switch self {
        case .extensionNode(let name): return name
        default: return String(describing: self)
        }
    }
}
