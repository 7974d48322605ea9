import CMarkGFM

/// A node of a `MarkdownDocument`. It keeps its document alive, and is valid while the node is in the tree.
public struct MarkdownNode {
    let pointer: OpaquePointer
    let document: MarkdownDocument

    init(pointer: OpaquePointer, document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    public var kind: MarkdownNodeKind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(pointer)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            let name = cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "unknown"
            return .extensionNode(name)
        }
    }

    public var range: SourceRange {
        SourceRange(
            startLine: Int(cmark_node_get_start_line(pointer)),
            startColumn: Int(cmark_node_get_start_column(pointer)),
            endLine: Int(cmark_node_get_end_line(pointer)),
            endColumn: Int(cmark_node_get_end_column(pointer))
        )
    }

    /// The text of a text, code or HTML node; `nil` for containers.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// The destination of a link or image.
    public var url: String? {
        cmark_node_get_url(pointer).map { String(cString: $0) }
    }

    public var parent: MarkdownNode? {
        cmark_node_parent(pointer).map { MarkdownNode(pointer: $0, document: document) }
    }

    public var nextSibling: MarkdownNode? {
        cmark_node_next(pointer).map { MarkdownNode(pointer: $0, document: document) }
    }

    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(MarkdownNode(pointer: current, document: document))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The text a reader sees in this node: text and code literals; a line break counts as a newline,
    /// a soft break as nothing (the report's Chinese text has no spaces between words).
    public var plainText: String {
        var result = ""
        walk { node, entering in
            guard entering else { return .continue }
            switch node.kind {
            case .text, .code, .codeBlock: result += node.literal ?? ""
            case .lineBreak: result += "\n"
            default: break
            }
            return .continue
        }
        return result
    }

    /// The text nodes below this node that belong to the running text, in document order:
    /// nothing inside code, raw HTML, links, images or nodes inserted by annotation.
    public var runningTextNodes: [MarkdownNode] {
        var result: [MarkdownNode] = []
        walk { node, entering in
            guard entering else { return .continue }
            let kind = node.kind
            if kind == .text {
                result.append(node)
                return .continue
            }
            return kind.isOpaqueToScanners && !node.isSameNode(as: self) ? .skipChildren : .continue
        }
        return result
    }

    /// What a walk does after a node.
    public enum WalkAction {
        case `continue`
        case skipChildren
    }

    /// Visits this node and everything below it in document order, entering and leaving each container,
    /// without recursion (a document may nest lists ten thousand levels deep).
    public func walk(_ visit: (MarkdownNode, _ entering: Bool) -> WalkAction) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator) else { break }
            let node = MarkdownNode(pointer: current, document: document)
            let entering = event == CMARK_EVENT_ENTER
            if visit(node, entering) == .skipChildren, entering, cmark_node_first_child(current) != nil {
                cmark_iter_reset(iterator, current, CMARK_EVENT_EXIT)
            }
            event = cmark_iter_next(iterator)
        }
    }

    /// Whether both values denote the same node of the same document.
    public func isSameNode(as other: MarkdownNode) -> Bool {
        pointer == other.pointer
    }
}

extension MarkdownNode: Hashable {
    /// Two values are equal when they denote the same node.
    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
        lhs.pointer == rhs.pointer
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
    }
}
