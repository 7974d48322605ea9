/// The text of one block (a heading, a paragraph, a list item, a note) as it came, line by line,
/// with each line's number in the source.
struct TextRun: Sendable, Hashable {
    struct Fragment: Sendable, Hashable {
        var line: Int
        var text: String
    }

    /// The source line on which the block starts (its marker, when the text starts on the next line).
    var firstLine: Int
    private(set) var fragments: [Fragment] = []

    init(firstLine: Int, text: String = "") {
        self.firstLine = firstLine
        append(text, line: firstLine)
    }

    mutating func append(_ text: String, line: Int) {
        guard !text.isEmpty else { return }
        fragments.append(Fragment(line: line, text: text))
    }

    /// Every source line the block's text comes from, and the line of its marker.
    var lines: [Int] { [firstLine] + fragments.map(\.line) }

    /// The lines rejoined (see `LineJoin`).
    var text: String { assembled.text }

    /// The places where two ASCII words were joined with a space, for the review list.
    var notes: [ReviewNote] { assembled.notes }

    var isEmpty: Bool { fragments.isEmpty }

    private var assembled: (text: String, notes: [ReviewNote]) {
        var text = ""
        var notes: [ReviewNote] = []
        var previous: Fragment?
        for fragment in fragments {
            if let previous, let left = previous.text.last, let right = fragment.text.first {
                switch LineJoin.between(left, right) {
                case .nothing:
                    break
                case .space:
                    text.append(" ")
                case .guessedSpace:
                    text.append(" ")
                    let lastWord = previous.text.split(separator: " ").last ?? ""
                    let firstWord = fragment.text.split(separator: " ").first ?? ""
                    notes.append(ReviewNote(
                        "joined '\(lastWord)' and '\(firstWord)' (lines \(previous.line)–\(fragment.line)) with a space, as two words; remove it if the break fell inside a word or a number",
                        sourceLine: previous.line))
                }
            }
            text += fragment.text
            previous = fragment
        }
        return (text, notes)
    }
}
