import Foundation

/// The texts of a page with the language each is marked in: the `lang` of the nearest element that sets
/// one (the page's `<html lang>` at the least). Enough for our own output: tags are read one by one, void
/// elements opened and never closed, and the texts of `<script>`, `<style>` and `<title>` left out.
struct TextLanguages {
    struct Text {
        let text: String
        let lang: String
        /// The classes of the elements around it.
        let classes: Set<String>
    }

    let texts: [Text]

    private static let voidElements: Set = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                             "source", "track", "wbr"]
    private static let skipped: Set = ["script", "style", "title"]

    init(html: String) {
        var stack: [(name: String, lang: String?, classes: [String])] = []
        var texts: [Text] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, !stack.contains(where: { Self.skipped.contains($0.name) }) {
                texts.append(Text(text: text, lang: stack.last { $0.lang != nil }?.lang ?? "", classes: Set(stack.flatMap(\.classes))))
            }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" }.lowercased()
            if name.hasPrefix("/") {
                if let position = stack.lastIndex(where: { $0.name == name.dropFirst() }) { stack.removeSubrange(position...) }
            } else if !name.hasPrefix("!"), !Self.voidElements.contains(name), !tag.hasSuffix("/") {
                let lang = tag.firstMatch(of: /\slang="([^"]*)"/).map { String($0.1) }
                let classes = tag.firstMatch(of: /\sclass="([^"]*)"/).map { $0.1.split(separator: " ").map(String.init) } ?? []
                stack.append((name, lang, classes))
            }
        }
        self.texts = texts
    }

    /// Whether `text` holds a Chinese character.
    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
