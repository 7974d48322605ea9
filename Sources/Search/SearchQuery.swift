/// What a query is searched as: folded (`SearchTokenizer.folded`), its spaces collapsed, and the
/// Chinese forms of an article written as the English key every citing paragraph carries, so that
/// `第54条`, `第 54 条`, `第五十四条` and `54条` find what `article 54` finds; a list
/// (`第 54 和 55 条`) becomes `article 54 article 55`.
///
/// `Themes/default/assets/search.js` (`normalizedPhrase`) implements the same rules; both are tested on
/// the `queries` of `Tests/Fixtures/search-tokenizer-cases.json`. Change both together.
public enum SearchQuery {
    public static func normalized(_ query: String) -> String {
        let scalars = Array(SearchTokenizer.folded(query).unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let form = ArticleForm(scalars, at: index) {
                output.append(contentsOf: form.numbers.map { "article \($0)" }.joined(separator: " ").unicodeScalars)
                index = form.end
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// `第 54 条`, `第五十四条`, `第 54 和 55 条` or `54条` at a position of a folded query.
struct ArticleForm {
    let numbers: [Int]
    /// The position after `条`.
    let end: Int

    private static let separators: Set<Unicode.Scalar> = ["、", "和", "及", "与", "，", ","]

    init?(_ scalars: [Unicode.Scalar], at start: Int) {
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            return index
        }
        let hasOrdinal = scalars[start] == "第"
        // `54条` without 第 only when the digits start a number (not `2012条`'s tail).
        if !hasOrdinal, start > 0, Self.digit(scalars[start - 1]) != nil { return nil }
        var position = hasOrdinal ? skipSpaces(start + 1) : start
        var numbers: [Int] = []
        while true {
            guard let number = Self.number(scalars, at: position, chineseAllowed: hasOrdinal) else { return nil }
            numbers.append(number.value)
            let separator = skipSpaces(number.end)
            guard separator < scalars.count, Self.separators.contains(scalars[separator]) else {
                position = separator
                break
            }
            position = skipSpaces(separator + 1)
        }
        guard position < scalars.count, scalars[position] == "条" else { return nil }
        self.numbers = numbers
        self.end = position + 1
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// ASCII digits, or (after 第) a Chinese numeral below 100 (`五十四`, `十`, `七十一`).
    private static func number(_ scalars: [Unicode.Scalar], at start: Int, chineseAllowed: Bool) -> (value: Int, end: Int)? {
        var index = start, value = 0
        while index < scalars.count, let digit = digit(scalars[index]), index - start < 4 {
            value = value * 10 + digit
            index += 1
        }
        if index > start { return value > 0 ? (value, index) : nil }
        guard chineseAllowed else { return nil }
        var tens: Int?, units: Int?
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "十", tens == nil {
                tens = units ?? 1
                units = nil
            } else if let digit = chineseDigits[scalar], units == nil {
                units = digit
            } else {
                break
            }
            index += 1
        }
        let total = (tens ?? 0) * 10 + (units ?? 0)
        return index > start && total > 0 ? (total, index) : nil
    }
}
