/// A glossary page (`glossary.mustache`): Chinese → English or English → Chinese, by initial letter.
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
        var sessions: [Session]
        var occurs: Bool
        var totalLabel: String
        var articles: [Article]
        var hasArticles: Bool
        var related: [Related]
        var hasRelated: Bool
        var abbreviation: String?
        var variants: String?
        var conventionForm: ConventionFormView?
    }

    struct Session: Codable, Sendable {
        var title: String
        var titleLang: String
        var href: String
        var paragraphs: [Paragraph]
    }

    struct Paragraph: Codable, Sendable {
        var number: Int
        var count: Int
        var several: Bool
        var href: String
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
