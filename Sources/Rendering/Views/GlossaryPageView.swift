/// A glossary page (`glossary.mustache`): Chinese → English or English → Chinese, by initial letter. Each
/// entry says how often the record uses the term and links its uses (`GlossaryTermPageView`), so that the
/// page does not grow with the archive.
struct GlossaryPageView: Codable, Sendable {
    struct Letter: Codable, Sendable {
        var letter: String
        var anchor: String
    }

    struct Group: Codable, Sendable {
        var letter: String
        var anchor: String
        var entries: [Entry]
    }

    struct Entry: Codable, Sendable {
        var anchor: String
        var zh: String
        var en: String
        var definitionZh: String
        var definitionEn: String
        var occurs: Bool
        var totalLabel: String
        /// 见于 3 届会议.
        var sessionsLabel: String
        /// The first page of the term's uses.
        var usesHref: String?
        var articles: [Article]
        var hasArticles: Bool
        var related: [Related]
        var hasRelated: Bool
        var abbreviation: String?
        var variants: String?
        var conventionForm: ConventionFormView?
    }

    struct Article: Codable, Sendable {
        var label: String
        var href: String?
        var title: String?
    }

    struct Related: Codable, Sendable {
        var zh: String
        var en: String
        var href: String
        var last: Bool
    }

    /// The Convention's own word for the term, and where it stands.
    struct ConventionFormView: Codable, Sendable {
        var formZh: String
        var place: String
        var placeHref: String?
    }

    var title: String
    var primaryIsChinese: Bool
    var letters: [Letter]
    var groups: [Group]
    var otherHref: String
    var otherLabel: String
    var csvHref: String
    var tbxHref: String
    var count: Int
    var s: [String: String]
}

/// A glossary term's uses (`glossary-term.mustache`): the sessions that use it, in the archive's order
/// (the home page's), each with its paragraphs and the first use in each paragraph in its words; a page of
/// `page_length` sessions, linked to the others.
struct GlossaryTermPageView: Codable, Sendable {
    struct Session: Codable, Sendable {
        var title: String
        var titleLang: String
        var href: String
        var uses: [Use]
    }

    struct Use: Codable, Sendable {
        var number: Int
        var href: String
        var count: Int
        var several: Bool
        var before: String
        var term: String
        var after: String
    }

    var zh: String
    var en: String
    var abbreviation: String?
    var definitionZh: String
    var definitionEn: String
    /// The entry on the glossary (its permalink).
    var entryHref: String
    var totalLabel: String
    var sessionsLabel: String
    var sessions: [Session]
    var pagination: PaginationView?
    var s: [String: String]
}
