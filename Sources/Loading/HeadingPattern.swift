import Model

/// The headings of a report: chapters `一. 导言` (Chinese numeral, full stop, space, title) and
/// sections `A. 会议开幕` (capital letter, full stop, space, title).
enum HeadingPattern {
    static func chapter(_ text: String) -> (label: String, number: Int, title: String)? {
        guard let (label, title) = split(text) else { return nil }
        guard let number = ChineseNumeral.value(of: label) ?? Int(label) else { return nil }
        return (label, number, title)
    }

    static func section(_ text: String) -> (label: String, title: String)? {
        guard let (label, title) = split(text), label.count == 1,
              let letter = label.first, letter.isASCII, letter.isUppercase else { return nil }
        return (label, title)
    }

    private static func split(_ text: String) -> (String, String)? {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }) else { return nil }
        let label = text[..<dot].trimmingCharacters(in: .whitespaces)
        let title = text[text.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !title.isEmpty else { return nil }
        return (label, title)
    }
}

import Foundation
