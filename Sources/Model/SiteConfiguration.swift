/// The site as a whole, from `Content/site.yml`.
public struct SiteConfiguration: Sendable, Hashable {
    public var title: BilingualText
    /// The language of the interface: navigation, labels, generated page titles.
    public var uiLanguage: UILanguage
    /// Further interface languages: the whole site again in each, under `<code>/` (`en/`), each page
    /// linking to its versions, and the sitemap giving them as `hreflang` alternates.
    public var otherUILanguages: [UILanguage] = []
    /// Where the site is published (`https://example.org/records/`), when it is; pages still link relatively.
    public var baseURL: String?
    /// Let raw HTML in Markdown through (trusted sites only). Off by default.
    public var allowsRawHTML: Bool
    /// How many items a page of a long list shows (the sessions using a glossary term): pages that would
    /// grow with the archive are cut into pages of this length, linked to each other.
    public var pageLength: Int = SiteConfiguration.defaultPageLength

    public static let defaultPageLength = 50
    public static let pageLengths = 1...1000

    public init(title: BilingualText, uiLanguage: UILanguage = .zh, baseURL: String? = nil, allowsRawHTML: Bool = false) {
        self.title = title
        self.uiLanguage = uiLanguage
        self.baseURL = baseURL
        self.allowsRawHTML = allowsRawHTML
    }
}
