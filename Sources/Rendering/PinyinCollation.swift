import Foundation

/// Chinese ordering by pinyin, through ICU (Foundation's locale-aware comparison), not a hand-made table.
enum PinyinCollation {
    private static let locale = Locale(identifier: "zh@collation=pinyin")

    static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        let order = lhs.compare(rhs, options: [], range: nil, locale: locale)
        return order == .orderedSame ? lhs < rhs : order == .orderedAscending
    }

    /// The first letter of the pinyin of `text` (阿富汗 → A), for grouping.
    static func initial(of text: String) -> String {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        guard let first = latin.first(where: { $0.isLetter }) else { return "#" }
        return String(first).uppercased()
    }
}
