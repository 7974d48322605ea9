/// A value a template reads: what a page's typed view becomes when it is encoded for the theme
/// (`TemplateValueEncoder`). Strings, numbers and flags print; lists repeat a section; objects are looked
/// up by name.
public indirect enum TemplateValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// The value's member `name`, when it is an object that has one.
    func member(_ name: String) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

    /// The text `{{name}}` prints, before escaping.
    var printed: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.printed).joined(separator: ", ") + "]"
        case .object: return ""
        }
    }
}
