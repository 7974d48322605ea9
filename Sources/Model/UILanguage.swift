/// The language of the site's interface (navigation, labels). The record itself stays in its own language.
public enum UILanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case zh
    case en

    /// The folder of the site in this interface language when it is not the site's first: `en/`.
    public var folder: String { "\(rawValue)/" }

    /// The language's name in itself, for the switch between interface languages.
    public var nativeName: String {
        switch self {
        case .zh: return "中文"
        case .en: return "English"
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    public var tag: String {
        switch self {
        case .zh: return "zh-Hans"
        case .en: return "en"
        }
    }
}
