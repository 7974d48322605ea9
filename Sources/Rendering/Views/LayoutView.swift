/// What the layout template (`layout.mustache`) shows around every page's body.
struct LayoutView: Codable, Sendable {
    struct Crumb: Codable, Sendable {
        var label: String
        var href: String?
        /// In another interface, a crumb in Chinese is the record's own words (a chapter's heading).
        var crumbLang: String?
    }

    struct Breadcrumbs: Codable, Sendable {
        var items: [Crumb]
    }

    struct Script: Codable, Sendable {
        var src: String
    }

    struct Language: Codable, Sendable {
        var label: String
        var lang: String
        var href: String
        var current: Bool
        var url: String?
    }

    var lang: String
    var recordLang: String
    var pageTitle: String
    var siteTitle: String
    var homeHref: String
    var navigation: [NavigationLinkView]
    var stylesheetHref: String
    /// Shown from two crumbs on (the home page has none).
    var breadcrumbs: Breadcrumbs?
    /// The page's body, rendered by its own template.
    var content: String
    var builtOn: String?
    var s: [String: String]
    var searchHref: String
    var hasSearchBox: Bool
    var scripts: [Script]
    var aknHref: String?
    var headStyle: String?
    var canonicalURL: String?
    var hasLanguages: Bool?
    var languages: [Language]?
    var feedHref: String?
    var feedTitle: String?
}
