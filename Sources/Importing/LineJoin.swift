/// How the importer rejoins a line that the PDF broke: Chinese has no spaces between words, so a break
/// between two Chinese characters disappears; between an ASCII letter or digit and a Chinese character
/// the record's style keeps one space (`第 52 条第 2 和 3 款`); a break inside a document symbol
/// (`CAC/COSP/` + `WG.2/2009/3`) disappears.
enum LineJoin: Equatable {
    case nothing
    case space
    /// Two ASCII words: most likely two English words, so a space, but the break may also fall inside
    /// a word or a number. Listed for review.
    case guessedSpace

    static func between(_ left: Character, _ right: Character) -> LineJoin {
        if left == "/" || right == "/" || left == "-" { return .nothing }
        if left.isWide && right.isWide { return .nothing }
        if (left.isASCIILetterOrDigit && right.isWide) || (left.isWide && right.isASCIILetterOrDigit) { return .space }
        if left.isASCII && right.isASCII {
            if "([{".contains(left) || ")]},.;:".contains(right) { return .nothing }
            return .guessedSpace
        }
        return .nothing
    }
}
