/// Writes a front-matter value: plain when YAML reads it back as the same text, double-quoted otherwise.
enum YAMLScalar {
    static func text(_ value: String) -> String {
        guard needsQuotes(value) else { return value }
        var quoted = "\""
        for character in value {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\t": quoted += "\\t"
            case _ where isControl(character):
                quoted += character.unicodeScalars.map { "\\u" + hex4($0.value) }.joined()
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }

    private static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.isWhitespace || last.isWhitespace || last == ":" { return true }
        if value.contains(": ") || value.contains(" #") || value.contains(where: { $0.isNewline || $0 == "\t" || isControl($0) }) {
            return true
        }
        let lowered = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lowered) { return true }
        return Double(value) != nil || Int(value) != nil
    }

    /// A control character or a byte-order mark, which YAML does not allow in a plain value.
    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.value == 0xFEFF }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
