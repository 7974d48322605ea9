/// Chinese numerals as the record writes chapter and article numbers: 一, 十, 十四, 五十四, 一百零二.
public enum ChineseNumeral {
    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// The characters that can appear in a numeral.
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        digits[character] != nil || units[character] != nil
    }

    /// The value of `text`, or nil if it is not a well-formed numeral below 10,000.
    public static func value(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var pending: Int?
        var lastUnit = Int.max
        for character in text {
            if let digit = digits[character] {
                guard pending == nil || pending == 0 else { return nil }
                pending = digit
            } else if let unit = units[character] {
                guard unit < lastUnit else { return nil }
                let multiplier = pending ?? (unit == 10 && total == 0 ? 1 : nil)
                guard let multiplier, multiplier > 0 else { return nil }
                total += multiplier * unit
                lastUnit = unit
                pending = nil
            } else {
                return nil
            }
        }
        if let pending { total += pending }
        return total > 0 ? total : nil
    }

    /// Writes `value` (1–9,999) as a numeral: 54 → 五十四.
    public static func text(for value: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 10_000 else { return String(value) }
        var result = ""
        var remainder = value
        var needsZero = false
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = remainder / unit
            remainder %= unit
            if digit == 0 {
                if !result.isEmpty { needsZero = true }
                continue
            }
            if needsZero { result += "零"; needsZero = false }
            if unit == 10, digit == 1, result.isEmpty { result += "十"; continue }
            result += names[digit] + name
        }
        return result
    }
}
