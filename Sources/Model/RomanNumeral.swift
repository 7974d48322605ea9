/// Roman numerals, as the English version of the record numbers its chapters (五 → V).
public enum RomanNumeral {
    private static let values: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The numeral for 1…3999; other numbers in Arabic digits.
    public static func text(for number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        var rest = number, result = ""
        for (value, numeral) in values {
            while rest >= value {
                result += numeral
                rest -= value
            }
        }
        return result
    }
}
