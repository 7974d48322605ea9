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
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }

    private static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.isWhitespace || last.isWhitespace || last == ":" { return true }
        if value.contains(": ") || value.contains(" #") || value.contains(where: { $0.isNewline || $0 == "\t" }) { return true }
        let lowered = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lowered) { return true }
        return Double(value) != nil || Int(value) != nil
    }
}
