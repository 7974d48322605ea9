/// The views of the home, search and 404 pages.

/// The home page (`home.mustache`): the site's sessions, newest first.
struct HomePageView: Codable, Sendable {
    struct Session: Codable, Sendable {
        var href: String
        var titleZh: String
        var titleEn: String
        var body: String
        var dates: String
        var datetime: String
        var venue: String
    }

    var siteTitleZh: String
    var siteTitleEn: String
    var sessions: [Session]
    /// The number of the page's first session in the list, which counts down from the newest.
    var listStart: Int
    var hasSessions: Bool
    var s: [String: String]
    /// The page of charts across sessions, when there are sessions.
    var chartsHref: String?
    var archiveHref: String?
    var feedHref: String?
    /// The links between the pages of the list, when it has more than one.
    var pagination: PaginationView?
}

/// The search page (`search.mustache`).
struct SearchPageView: Codable, Sendable {
    var searchHref: String
    var s: [String: String]
}

/// The page a server answers for an address it does not have (`not-found.mustache`).
struct NotFoundPageView: Codable, Sendable {
    var homeHref: String
    var searchHref: String
    var s: [String: String]
}
