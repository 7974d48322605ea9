import Markdown

/// The blocks of a work-plan item: its text, and the bracketed notes after it (`[此项议题……]`). The one
/// rule for what a note is, used by loading, the HTML and the Akoma Ntoso file alike.
public struct WorkPlanItemParts {
    public let body: [MarkdownNode]
    public let notes: [MarkdownNode]

    /// A paragraph after the item's first block whose text is in brackets is a note.
    public init(item: MarkdownNode) {
        var body: [MarkdownNode] = []
        var notes: [MarkdownNode] = []
        for child in item.children {
            if child.kind == .paragraph, !body.isEmpty, Self.isNote(child.plainText) { notes.append(child) } else { body.append(child) }
        }
        self.body = body
        self.notes = notes
    }

    /// Whether a paragraph's text is a bracketed note.
    public static func isNote(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("[") && trimmed.hasSuffix("]")
    }
}
