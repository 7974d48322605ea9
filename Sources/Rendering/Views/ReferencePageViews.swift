/// The views of the pages built from references: articles index, article, resolutions and documents.

/// The paragraphs of one session that cite a target (`mention-groups.mustache`).
struct MentionGroupView: Codable, Sendable {
    struct Mention: Codable, Sendable {
        struct WorkPlanItem: Codable, Sendable {
            var label: String
            var href: String
        }

        var before: String
        var match: String
        var after: String
        var paragraphLabel: String
        var paragraphHref: String?
        var subdivisions: String?
        /// The mention is a chapter heading that names the target: the whole chapter discusses it.
        var chapterHeading: Bool?
        var workPlanItem: WorkPlanItem?
    }

    var sessionTitle: String
    var sessionTitleLang: String
    var sessionHref: String
    var count: Int
    var countLabel: String
    var mentions: [Mention]
}

/// The Convention's chapters and articles, with how often each session cites each.
struct ArticlesIndexPageView: Codable, Sendable {
    struct Chapter: Codable, Sendable {
        var anchor: String
        var label: String
        var titleZh: String
        var titleEn: String
        var hasMentions: Bool
        var mentionGroups: [MentionGroupView]
        var articles: [Article]
    }

    struct Article: Codable, Sendable {
        var number: Int
        var anchor: String
        var label: String
        var titleZh: String
        var titleEn: String
        var unconfirmed: Bool
        var counts: [Count]
        var href: String?
    }

    struct Count: Codable, Sendable {
        var count: Int
        var hasCount: Bool
    }

    struct Session: Codable, Sendable {
        var title: String
        var short: String
    }

    var chapters: [Chapter]
    var hasUnconfirmed: Bool
    var sessions: [Session]
    var s: [String: String]
}

/// One cited article and every paragraph that cites it.
struct ArticlePageView: Codable, Sendable {
    struct TitleSource: Codable, Sendable {
        var title: String
        var last: Bool
    }

    struct Chapter: Codable, Sendable {
        var label: String
        var titleZh: String
        var titleEn: String
        var href: String
    }

    var label: String
    var labelEn: String
    var titleZh: String
    var titleEn: String
    var unconfirmed: Bool
    var titleSources: [TitleSource]
    var hasTitleSources: Bool
    var mentionGroups: [MentionGroupView]
    var s: [String: String]
    /// The links between the pages of the citing sessions, when there are several.
    var pagination: PaginationView?
    var chapter: Chapter?
    var previous: LinkView?
    var next: LinkView?
}

/// The resolutions cited, by body.
struct ResolutionsPageView: Codable, Sendable {
    struct Body: Codable, Sendable {
        var name: String
        var resolutions: [Resolution]
    }

    struct Resolution: Codable, Sendable {
        var anchor: String
        var label: String
        var mentionGroups: [MentionGroupView]
    }

    var bodies: [Body]
    var hasResolutions: Bool
    var s: [String: String]
}

/// The documents cited, by symbol.
struct DocumentsPageView: Codable, Sendable {
    struct Document: Codable, Sendable {
        var anchor: String
        var symbol: String
        /// Where the symbol leads; none for a range of addenda, whose parts are listed instead.
        var href: String?
        var isExternal: Bool
        var mentionGroups: [MentionGroupView]
        var hasParts: Bool?
        var parts: [Part]?
    }

    struct Part: Codable, Sendable {
        var symbol: String
        var href: String
    }

    var documents: [Document]
    var hasDocuments: Bool
    var s: [String: String]
}
