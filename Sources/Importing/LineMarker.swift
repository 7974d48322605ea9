import Model

/// What the start of a line says it is. The reader decides, from where it is in the report, whether
/// to believe it (a `3.` inside a paragraph may be an item of a list, not paragraph 3).
enum LineMarker: Equatable {
    /// `一. 导言`: a Chinese numeral, a full stop, the title (which may continue on the next line).
    case chapter(label: String, number: Int, title: String)
    /// `A. 会议开幕`: a capital letter, a full stop, the title.
    case section(letter: Character, title: String)
    /// `25. 来自…`: a number, a full stop, a space.
    case number(Int, rest: String)
    /// `(a) 会议开幕；`: a lettered sub-item.
    case letter(String, rest: String)
    /// `2013年会议`: a year's meeting in a work plan.
    case yearHeading(Int)
    /// `[请注意：…`: a bracketed note in a work plan.
    case noteStart
    case text

    init(_ text: String) {
        self = Self.chapter(text) ?? Self.section(text) ?? Self.number(text) ?? Self.letter(text)
            ?? Self.yearHeading(text) ?? (text.hasPrefix("[") || text.hasPrefix("［") ? .noteStart : .text)
    }

    /// The label and the rest of a line that starts with `label` + `.` + a space, or + a Chinese character
    /// (`25.来自`, where the PDF lost the space), or that ends after the full stop.
    private static func split(_ text: String, label isLabel: (Character) -> Bool) -> (String, String)? {
        let label = text.prefix(while: isLabel)
        let afterLabel = text.dropFirst(label.count)
        guard !label.isEmpty, let dot = afterLabel.first, dot == "." || dot == "．" else { return nil }
        let rest = afterLabel.dropFirst()
        guard rest.isEmpty || rest.first?.isWhitespace == true || rest.first?.isWide == true else { return nil }
        return (String(label), rest.trimmingCharacters(in: .whitespaces))
    }

    private static func chapter(_ text: String) -> LineMarker? {
        guard let (label, title) = split(text, label: ChineseNumeral.isNumeralCharacter),
              let number = ChineseNumeral.value(of: label) else { return nil }
        return .chapter(label: label, number: number, title: title)
    }

    private static func section(_ text: String) -> LineMarker? {
        guard let (label, title) = split(text, label: { $0.isASCII && $0.isUppercase }), label.count == 1,
              let letter = label.first, !title.isEmpty else { return nil }
        return .section(letter: letter, title: title)
    }

    private static func number(_ text: String) -> LineMarker? {
        guard let (label, rest) = split(text, label: \.isASCIIDigit), label.count <= 5, let number = Int(label), number > 0 else {
            return nil
        }
        return .number(number, rest: rest)
    }

    private static func letter(_ text: String) -> LineMarker? {
        guard text.hasPrefix("(") else { return nil }
        let letters = text.dropFirst().prefix { $0.isASCII && $0.isLowercase }
        let afterLetters = text.dropFirst(1 + letters.count)
        guard (1...4).contains(letters.count), afterLetters.hasPrefix(")") else { return nil }
        let rest = afterLetters.dropFirst()
        guard rest.isEmpty || rest.first?.isWhitespace == true || rest.first?.isWide == true else { return nil }
        return .letter("(\(letters))", rest: rest.trimmingCharacters(in: .whitespaces))
    }

    /// A short line that is a year and a meeting: `2013年会议`, `2014 年会议`.
    private static func yearHeading(_ text: String) -> LineMarker? {
        let digits = text.prefix(while: \.isASCIIDigit)
        let rest = text.dropFirst(digits.count).drop { $0 == " " }
        guard digits.count == 4, let year = Int(digits), rest.hasPrefix("年"), rest.hasSuffix("会议") || rest.hasSuffix("届会"),
              rest.count <= 8, !rest.contains(where: { "。，；：、".contains($0) }) else { return nil }
        return .yearHeading(year)
    }
}
