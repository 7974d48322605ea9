/// Makes record text safe to write as Markdown without changing what a reader sees: characters that
/// Markdown would read as syntax get a backslash. Chinese text rarely has any, so the output stays
/// plain (square brackets are left alone: `[请注意：…]` is not a link).
enum MarkdownEscaping {
    /// `text` as the content of a heading, paragraph or list item (one line).
    static func escape(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\\", "`", "*", "_", "<", "~":
                result += "\\\(character)"
            case "]" where next == "(" || next == "[" || next == ":":
                result += "\\]"
            case "&" where looksLikeEntity(characters[(index + 1)...]):
                result += "\\&"
            default:
                result.append(character)
            }
        }
        return escapeBlockStart(result)
    }

    /// A line that would start another block (`# `, `> `, `- `, `+ `, `2012. `, `|`, `=`) keeps its text
    /// inline: the marker character gets a backslash.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        if "#>-+=|".contains(first), second == nil || second == " " || second == first || first == "#" || first == "|" {
            return "\\" + text
        }
        let digits = text.prefix { $0.isASCIIDigit }
        let afterDigits = text.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, let mark = afterDigits.first, mark == "." || mark == ")",
           afterDigits.dropFirst().first.map(\.isWhitespace) ?? true {
            return digits + "\\" + afterDigits
        }
        return text
    }

    /// `&amp;`, `&#12;`, `&#x1F;`: what Markdown would turn into another character.
    private static func looksLikeEntity(_ rest: ArraySlice<Character>) -> Bool {
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }

    /// A heading's text: as above, and a closing `#` that Markdown would drop is escaped.
    static func escapeHeading(_ text: String) -> String {
        let escaped = escape(text)
        guard escaped.hasSuffix("#") else { return escaped }
        return String(escaped.dropLast()) + "\\#"
    }
}
