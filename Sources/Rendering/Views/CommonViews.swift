/// Small values that several page views share.

/// A link with its text.
struct LinkView: Codable, Sendable, Hashable {
    var href: String
    var label: String
}

/// A link in a list of places, one of which may be the current page (the navigation, the orders).
struct NavigationLinkView: Codable, Sendable, Hashable {
    var href: String
    var label: String
    var current: Bool
}

/// A link to a neighbouring chapter.
struct HeadingLinkView: Codable, Sendable, Hashable {
    var href: String
    var heading: String
}

/// Where a session page's text comes from (`provenance.mustache`).
struct ProvenanceView: Codable, Sendable, Hashable {
    var href: String
}

/// The report's official versions in the six UN languages.
struct OfficialVersionsView: Codable, Sendable, Hashable {
    struct Version: Codable, Sendable, Hashable {
        var href: String
        var lang: String
        var label: String
    }

    var versions: [Version]
}

/// The hidden English of a glossary term linked on the page (`term-descriptions.mustache`).
struct TermDescriptionView: Codable, Sendable, Hashable {
    var id: String
    var en: String
    var definition: String
    var definitionLang: String
}

/// The links between the pages of a long list (`pagination.mustache`).
struct PaginationView: Codable, Sendable, Hashable {
    /// 第 2 页，共 5 页.
    var label: String
    /// Which items this page shows: 第 51–100 项，共 230 项.
    var itemsLabel: String
    var previousHref: String?
    var nextHref: String?
    var pages: [NavigationLinkView]
}
