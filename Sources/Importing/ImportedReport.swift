/// A report as the importer read it from the extracted text: the title, then chapters, sections and
/// numbered paragraphs in order, and the work plan that one paragraph introduces, if any.
struct ImportedReport: Sendable, Hashable {
    var title: TextRun
    var blocks: [ImportedBlock] = []
    var workPlan: ImportedWorkPlan?

    var paragraphs: [ImportedParagraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }
}

/// A top-level block of the report body.
enum ImportedBlock: Sendable, Hashable {
    case chapter(ImportedHeading)
    case section(ImportedHeading)
    case paragraph(ImportedParagraph)
}

/// `一. 导言` or `A. 会议开幕`: the label as written and the title.
struct ImportedHeading: Sendable, Hashable {
    var label: String
    var title: TextRun
}

/// A numbered paragraph with what it contains: a list (an agenda), possibly with lettered sub-items.
struct ImportedParagraph: Sendable, Hashable {
    var number: Int
    var text: TextRun
    var items: [ImportedListItem] = []

    /// The number of the last numbered item of its list, if it has one.
    var lastItemNumber: Int? { items.last { $0.number != nil }?.number }

    /// Adds a line of text to the block the reader is in: the innermost last item, or the paragraph itself.
    mutating func continueText(_ text: String, line: Int) {
        if items.isEmpty {
            self.text.append(text, line: line)
        } else {
            items[items.count - 1].continueText(text, line: line)
        }
    }

    /// Adds a lettered sub-item under the last numbered item, or under the paragraph when it has none.
    mutating func appendLetteredItem(_ item: ImportedListItem) {
        if let last = items.indices.last, items[last].number != nil {
            items[last].children.append(item)
        } else {
            items.append(item)
        }
    }
}

/// An item of a list inside a paragraph: `1. 组织事项：` (numbered) or `(a) 会议开幕；` (lettered).
struct ImportedListItem: Sendable, Hashable {
    /// The marker as written: `1.` or `(a)`.
    var marker: String
    /// The number of a numbered item; nil for a lettered one.
    var number: Int?
    var text: TextRun
    var children: [ImportedListItem] = []

    mutating func continueText(_ text: String, line: Int) {
        if children.isEmpty {
            self.text.append(text, line: line)
        } else {
            children[children.count - 1].continueText(text, line: line)
        }
    }
}
