/// A multi-year work plan found inside a paragraph: year headings (`2013年会议`), groups (`常设议题`,
/// `专题讨论`), numbered items and their bracketed notes.
struct ImportedWorkPlan: Sendable, Hashable {
    /// The number of the paragraph that introduces the plan and whose text it continues.
    var hostParagraph: Int
    var meetings: [Meeting] = []

    struct Meeting: Sendable, Hashable {
        var heading: TextRun
        var groups: [Group] = []
        /// The number of the last item of the year, in any group.
        var lastItemNumber: Int? { groups.last { !$0.items.isEmpty }?.items.last?.number }
    }

    struct Group: Sendable, Hashable {
        var heading: TextRun
        var items: [Item] = []
    }

    struct Item: Sendable, Hashable {
        var number: Int
        var text: TextRun
        var notes: [TextRun] = []

        /// Whether the last note has been opened and not yet closed with `]`.
        var hasOpenNote: Bool {
            guard let last = notes.last?.text.last else { return false }
            return last != "]" && last != "］"
        }
    }

    var items: [Item] { meetings.flatMap { $0.groups.flatMap(\.items) } }

    /// The last thing written, which a line without a marker continues: a note, an item, a group heading
    /// or a year heading.
    mutating func continueText(_ text: String, line: Int) {
        guard let year = meetings.indices.last else { return }
        guard let group = meetings[year].groups.indices.last else {
            meetings[year].heading.append(text, line: line)
            return
        }
        guard let item = meetings[year].groups[group].items.indices.last else {
            meetings[year].groups[group].heading.append(text, line: line)
            return
        }
        if let note = meetings[year].groups[group].items[item].notes.indices.last {
            meetings[year].groups[group].items[item].notes[note].append(text, line: line)
        } else {
            meetings[year].groups[group].items[item].text.append(text, line: line)
        }
    }

    var lastItem: Item? { meetings.last?.groups.last?.items.last }

    mutating func startNote(_ text: String, line: Int) -> Bool {
        guard let year = meetings.indices.last, let group = meetings[year].groups.indices.last,
              let item = meetings[year].groups[group].items.indices.last else { return false }
        meetings[year].groups[group].items[item].notes.append(TextRun(firstLine: line, text: text))
        return true
    }

    mutating func appendItem(_ item: Item) -> Bool {
        guard let year = meetings.indices.last, let group = meetings[year].groups.indices.last else { return false }
        meetings[year].groups[group].items.append(item)
        return true
    }

    mutating func appendGroup(_ heading: TextRun) -> Bool {
        guard let year = meetings.indices.last else { return false }
        meetings[year].groups.append(Group(heading: heading))
        return true
    }
}
