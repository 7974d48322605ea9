/// The language of the site's interface (navigation, labels). The record itself stays in its own language.
public enum UILanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case zh
    case en

    /// The BCP 47 tag for `lang` attributes.
    public var tag: String {
        switch self {
        case .zh: return "zh-Hans"
        case .en: return "en"
        }
    }
}
