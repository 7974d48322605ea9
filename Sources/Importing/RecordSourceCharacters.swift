/// The characters of the record in a text extracted from a report's PDF, as the importer reads them: page
/// furniture (page numbers, running headers, job numbers) taken out and lines rejoined, which for a text
/// compared without white space means every white-space character dropped. The verbatim check compares
/// a session's Markdown with these characters.
public struct RecordSourceCharacters: Sendable {
    /// One character of the record and the line of the source it stands on (1-based).
    public struct Character: Sendable, Hashable {
        public var value: Swift.Character
        public var line: Int
    }

    public let characters: [Character]

    public init(extractedText text: String) {
        var characters: [Character] = []
        for line in FilteredSource(SourceLine.lines(of: text)).lines {
            for value in line.raw where !value.isWhitespace {
                characters.append(Character(value: value, line: line.number))
            }
        }
        self.characters = characters
    }
}
