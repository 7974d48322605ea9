/// Parses Mustache text into `TemplateNode`s. Whitespace follows the theme's original renderer
/// (swift-mustache) exactly, so that the pages it makes are byte for byte the same: text is cut at line
/// ends; a section, closing, comment or partial tag alone on its line takes the line (and its leading
/// blanks) with it; the blanks before a standalone partial become its indentation.
struct TemplateParser {
    private let characters: [Character]
    private var position = 0
    private var line = 1
    private var column = 1

    init(_ source: String) {
        characters = Array(source)
    }

    mutating func parseAll() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parse(section: nil, newLine: true)
    }

    private var atEnd: Bool { position >= characters.count }
    private var current: Character? { atEnd ? nil : characters[position] }

    private mutating func advance() {
        guard let character = current else { return }
        position += 1
        if character.isNewline { line += 1; column = 1 } else { column += 1 }
    }

    private func error(_ message: String) -> TemplateSyntaxError {
        TemplateSyntaxError(message: message, line: line, column: column)
    }

    private mutating func parse(section: String?, newLine startsOnNewLine: Bool) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var blanks = ""
        while !atEnd {
            if newLine { blanks = readBlanks() }
            let text = readText()
            if let character = current, character.isNewline {
                nodes.append(.text(blanks + text + String(character)))
                newLine = true
                advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanks + text))
                blanks = ""
                newLine = false
            }
            guard let sigil = current else { break }
            let tagLine = line
            var standalone = false
            func flushBlanks() {
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                blanks = ""
            }
            switch sigil {
            case "#", "^":
                advance()
                let name = try readName()
                standalone = isStandalone(newLine)
                if !standalone { flushBlanks() }
                let body = try parse(section: name, newLine: newLine && standalone)
                nodes.append(.section(TagName(name), inverted: sigil == "^", body: body, line: tagLine))
            case "/":
                advance()
                let name = try readName()
                guard name == section else { throw error("'{{/\(name)}}' closes no open section" + (section.map { " ('\($0)' is open)" } ?? "")) }
                if !isStandalone(newLine) { flushBlanks() }
                return nodes
            case "!":
                advance()
                try skip(through: "}}")
                standalone = isStandalone(newLine)
            case "{", "&":
                flushBlanks()
                advance()
                let name = try readName()
                if sigil == "{" {
                    guard current == "}" else { throw error("'{{{' must end with '}}}'") }
                    advance()
                }
                nodes.append(.variable(TagName(name), escaped: false, line: tagLine))
            case ">":
                advance()
                let name = try readName(partial: true)
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                standalone = isStandalone(newLine)
                nodes.append(.partial(name: name, indentation: standalone ? blanks : nil, line: tagLine))
                blanks = ""
            case "=", "<", "$", "%":
                throw error("'{{\(sigil)' is not supported by this theme engine")
            default:
                flushBlanks()
                nodes.append(.variable(TagName(try readName()), escaped: true, line: tagLine))
            }
            newLine = standalone
        }
        if let section { throw error("the section '\(section)' is not closed") }
        return nodes
    }

    private mutating func readBlanks() -> String {
        var blanks = ""
        while let character = current, character == " " || character == "\t" {
            blanks.append(character)
            advance()
        }
        return blanks
    }

    /// Text up to a line end or a tag; after a tag's `{{`.
    private mutating func readText() -> String {
        var text = ""
        while let character = current, !character.isNewline {
            if character == "{", position + 1 < characters.count, characters[position + 1] == "{" {
                advance()
                advance()
                break
            }
            text.append(character)
            advance()
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    private mutating func readName(partial: Bool = false) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        var name = ""
        while let character = current, Self.nameCharacters.contains(character) || (partial && character == "/") {
            name.append(character)
            advance()
        }
        skipWhitespace()
        guard !name.isEmpty, current == "}", position + 1 < characters.count, characters[position + 1] == "}" else {
            throw error("a tag must hold a name (letters, digits, '.', '-', '_') and end with '}}'")
        }
        advance()
        advance()
        return name
    }

    private mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { advance() }
    }

    private mutating func skip(through end: String) throws(TemplateSyntaxError) {
        let endCharacters = Array(end)
        while !atEnd {
            if Array(characters[position..<min(position + endCharacters.count, characters.count)]) == endCharacters {
                for _ in endCharacters { advance() }
                return
            }
            advance()
        }
        throw error("a comment must end with '\(end)'")
    }

    /// Whether the tag just read is alone on its line: the rest of the line is blank, and the line started
    /// with it. The rest of the line, its end included, is then consumed.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        while position <= probe { advance() }
        return true
    }
}
