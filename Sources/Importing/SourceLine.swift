/// One line of the extracted text as the PDF tool wrote it, numbered as in the file (1-based).
struct SourceLine: Sendable, Hashable {
    var number: Int
    var raw: String

    /// The lines of `text`, with CRLF and CR line ends read as LF.
    static func lines(of text: String) -> [SourceLine] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { SourceLine(number: $0.offset + 1, raw: String($0.element)) }
    }

    /// The text without the white space around it (stray indentation, trailing blanks).
    var trimmed: String { raw.trimmingCharacters(in: .whitespaces) }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { raw.allSatisfy(\.isWhitespace) }
}
