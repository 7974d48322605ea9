import Templates

/// The theme contract in words: each template, and the values its view gives it, as `Themes/README.md`
/// lists them (a test keeps the two the same), so that a theme can be forked without reading Swift.
public enum ThemeContract {
    public static func markdown() throws -> String {
        var text = ""
        for name in TemplateName.allCases {
            guard let schema = try name.schema(), let viewType = name.viewType else { continue }
            text += "### `\(name.rawValue).mustache` (\(String(describing: viewType)))\n\n"
            text += lines(of: schema, indent: "").joined(separator: "\n") + "\n\n"
        }
        let partials = TemplateName.allCases.filter { $0.viewType == nil }.map { "`\($0.rawValue).mustache`" }
        text += "Partials (" + partials.joined(separator: ", ") + ") see the values of the page that includes them.\n"
        return text
    }

    private static func lines(of schema: TemplateSchema, indent: String) -> [String] {
        guard case .object(let members, let optional) = schema else { return [] }
        return members.keys.sorted().flatMap { key -> [String] in
            guard let member = members[key] else { return [] }
            let mark = optional.contains(key) ? " (optional)" : ""
            switch member {
            case .scalar: return ["\(indent)- `\(key)`: a value\(mark)"]
            case .map: return ["\(indent)- `\(key)`: the interface strings, `{{\(key).name}}`\(mark)"]
            case .object: return ["\(indent)- `\(key)`\(mark):"] + lines(of: member, indent: indent + "  ")
            case .list(let element):
                guard case .object = element else { return ["\(indent)- `\(key)`: list of values\(mark)"] }
                return ["\(indent)- `\(key)`: list\(mark), each with:"] + lines(of: element, indent: indent + "  ")
            }
        }
    }
}
