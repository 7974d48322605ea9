/// What a YAML text of the content may hold before it is parsed: a bound on its size, and on the aliases
/// (`*name`) it uses. An alias repeats a whole anchored value, so a few lines of aliases of aliases
/// (a "billion laughs") expand to billions of values, and a parser that compares mapping keys hashes every
/// one of them. With at most `maximumAliases` aliases in a text, whatever their nesting, the expansion is
/// at most e^(n/e) values (about 10,000 for 25), checked in linear time before parsing.
public enum YAMLLimits {
    /// The largest YAML text read (the glossary, the largest data file, is about 60 KB).
    public static let maximumBytes = 4 << 20
    public static let maximumAliases = 25

    /// The positions (line and column, 1-based) of what reads as an alias in `yaml`: a `*` that starts a
    /// value, outside quoted scalars and comments. It may count a `*` at the start of a word of plain
    /// text too (never too few), which only matters to a text with more than `maximumAliases` of them.
    public static func aliasPositions(in yaml: String) -> [(line: Int, column: Int)] {
        var positions: [(line: Int, column: Int)] = []
        var line = 1, column = 0
        var quote: Character?
        var inComment = false
        var previous: Character = "\n"
        for character in yaml {
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                inComment = false
                previous = character
                continue
            }
            if inComment {
                previous = character
                continue
            }
            if let open = quote {
                if character == open { quote = nil }
                previous = character
                continue
            }
            switch character {
            case "#" where previous.isWhitespace:
                inComment = true
            case "\"", "'" where previous.isWhitespace || "[{,:-?".contains(previous):
                quote = character
            case "*" where previous.isWhitespace || "[{,".contains(previous):
                positions.append((line, column))
            default:
                break
            }
            previous = character
        }
        return positions
    }
}
