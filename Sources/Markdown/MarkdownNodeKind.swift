/// The kind of a node of a parsed Markdown document.
public enum MarkdownNodeKind: Sendable, Hashable {
    case document
    case blockQuote
    case list(ordered: Bool)
    case item
    case codeBlock
    case htmlBlock
    case customBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case footnoteDefinition
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case customInline
    case emphasis
    case strong
    case link
    case image
    case footnoteReference
    /// A node of a GFM extension, by its type name: `table`, `table_row`, `table_cell`, `strikethrough`.
    case extensionNode(String)

    /// Whether text inside this node is part of the running text that scanners may annotate.
    /// Code, raw HTML and existing links are not.
    public var isOpaqueToScanners: Bool {
        switch self {
        case .code, .codeBlock, .htmlBlock, .htmlInline, .link, .image, .customInline, .customBlock:
            return true
        default:
            return false
        }
    }
}
