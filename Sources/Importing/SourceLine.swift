import Loading

/// One line of the extracted text as the PDF tool wrote it, numbered as in the file (1-based).
struct SourceLine: Sendable, Hashable {
    var number: Int
    var raw: String

    /// The lines of `text`, with CRLF and CR line ends read as LF and a byte-order mark dropped.
    static func lines(of text: String) -> [SourceLine] {
        let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return LineEnds.unified(unmarked).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { SourceLine(number: $0.offset + 1, raw: String($0.element)) }
    }

    /// The text without the white space around it (stray indentation, trailing blanks, the form feed
    /// that PDF tools put at a page break).
    var trimmed: String {
        guard let first = raw.firstIndex(where: { !$0.isWhitespace }), let last = raw.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(raw[first...last])
    }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { raw.allSatisfy(\.isWhitespace) }
}
