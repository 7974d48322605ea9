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

/// How often an item (an article, a chapter, a resolution, a document) is cited, in how many sessions,
/// and the link to its own pages, which list the citations session by session.
struct MentionsSummaryView: Codable, Sendable {
    var href: String
    var totalLabel: String
    var sessionsLabel: String
}

/// The Convention's chapters and articles, with how often the record cites each (the citations themselves
/// are on each article's and chapter's own pages, so that the index does not grow with the archive).
struct ArticlesIndexPageView: Codable, Sendable {
    struct Chapter: Codable, Sendable {
        var anchor: String
        var label: String
        var titleZh: String
        var titleEn: String
        /// The discussions of the chapter as a whole, when there are any.
        var mentions: MentionsSummaryView?
        var articles: [Article]
    }

    struct Article: Codable, Sendable {
        var number: Int
        var anchor: String
        var label: String
        var titleZh: String
        var titleEn: String
        var unconfirmed: Bool
        var total: Int
        var sessions: Int
        var href: String?
    }

    var chapters: [Chapter]
    var hasUnconfirmed: Bool
    var s: [String: String]
}

/// One resolution, document or chapter of the Convention: its citations, session by session, a page of
/// `page_length` sessions (`reference-item.mustache`).
struct ReferenceItemPageView: Codable, Sendable {
    /// 决议, 文件, 《公约》章.
    var kind: String
    var heading: String
    var headingEn: String?
    /// The document at its official permalink.
    var externalHref: String?
    var parts: [DocumentsPageView.Part]?
    var hasParts = false
    /// Its entry on the index.
    var indexHref: String
    var indexLabel: String
    var totalLabel: String
    var sessionsLabel: String
    var mentionGroups: [MentionGroupView]
    var pagination: PaginationView?
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
        var summary: MentionsSummaryView
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
        var summary: MentionsSummaryView
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
    /// The links between the pages of the index (`page_length` documents a page), when there are several.
    var pagination: PaginationView?
}
