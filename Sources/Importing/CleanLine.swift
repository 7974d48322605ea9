/// A line of the record with its stray white space repaired: no indentation or trailing blanks, one
/// space where the PDF left several, and none inside a Chinese word.
struct CleanLine: Sendable, Hashable {
    var number: Int
    /// The column (1-based, in characters) at which the text starts in the source line.
    var column: Int
    var text: String
    /// The spaces taken out from between two Chinese characters, for the review list.
    var notes: [ReviewNote] = []

    init(number: Int, column: Int, text: String) {
        self.number = number
        self.column = column
        self.text = text
    }

    init(_ line: SourceLine) {
        number = line.number
        column = line.raw.prefix { $0.isWhitespace }.count + 1
        let characters = Array(line.trimmed)
        var text = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character.isWhitespace else {
                text.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isWhitespace { end += 1 }
            // The trimmed line neither starts nor ends with white space, so both neighbours exist.
            let before = characters[index - 1]
            let after = characters[end]
            if before.isWide && after.isWide {
                let shown = String(characters[max(0, index - 3)..<min(characters.count, end + 3)])
                let repaired = shown.filter { !$0.isWhitespace }
                notes.append(ReviewNote("removed a space between two Chinese characters: '\(shown)' → '\(repaired)'",
                                        sourceLine: line.number))
            } else {
                text.append(" ")
            }
            index = end
        }
        self.text = text
    }
}
