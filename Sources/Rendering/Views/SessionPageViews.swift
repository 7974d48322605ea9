/// The views of a session's own pages: cover (`session.mustache`), chapter (`chapter.mustache` with
/// `chapter-body` and `paragraph`), full report (`full.mustache`) and work plan (`work-plan.mustache`
/// with `work-plan-body`). Member names are the names the templates use.

/// The session's cover page.
struct CoverPageView: Codable, Sendable {
    struct Chapter: Codable, Sendable {
        var heading: String
        var href: String
        var range: String
        var hasSections: Bool
        var sections: [Section]
    }

    struct Section: Codable, Sendable {
        var heading: String
        var href: String
        var range: String
    }

    struct WorkPlanLink: Codable, Sendable {
        var href: String
        var title: String
    }

    var titleZh: String
    var titleEn: String
    var bodyZh: String
    var bodyEn: String
    var venueZh: String
    var venueEn: String
    var dates: String
    var startISO: String
    var endISO: String
    var chapters: [Chapter]
    var fullHref: String
    var aknHref: String
    var paragraphCount: Int
    var s: [String: String]
    var meeting: String?
    var symbol: String?
    var workPlan: WorkPlanLink?
    var attendanceHref: String?
    var provenance: ProvenanceView?
    var official: OfficialVersionsView?
}

/// A numbered paragraph (`paragraph.mustache`).
struct ParagraphView: Codable, Sendable {
    var number: Int
    var anchor: String
    var html: String
    var permalinkLabel: String
    /// The work plan, shown inside the paragraph that adopts it.
    var embeddedPlan: WorkPlanBodyView?
    /// A link to the work plan from a paragraph that discusses it.
    var seeAlso: LinkView?
}

/// A chapter's heading, sections and paragraphs (`chapter-body.mustache`), on its page and in the full report.
struct ChapterBodyView: Codable, Sendable {
    struct Section: Codable, Sendable {
        var heading: String
        var anchor: String
        var paragraphs: [ParagraphView]
        var gloss: String?
    }

    var heading: String
    var anchor: String
    var range: String
    var chapterTag: String
    var sectionTag: String
    var paragraphs: [ParagraphView]
    var sections: [Section]
    var headingGloss: String?
}

/// What a chapter page shows besides the chapter's body.
struct ChapterPageFields: Codable, Sendable {
    struct Contents: Codable, Sendable {
        struct Paragraph: Codable, Sendable {
            var number: Int
            var href: String
        }

        struct Section: Codable, Sendable {
            var heading: String
            var href: String
            var paragraphs: [Paragraph]
        }

        var hasParagraphs: Bool
        var hasSections: Bool
        var paragraphs: [Paragraph]
        var sections: [Section]
    }

    var toc: Contents
    var sessionTitle: String
    var sessionTitleLang: String
    var sessionHref: String
    var previous: HeadingLinkView?
    var next: HeadingLinkView?
    var fullHref: String
    var termDescriptions: [TermDescriptionView]
    var provenance: ProvenanceView?
    var official: OfficialVersionsView?
    var s: [String: String]
}

typealias ChapterPageView = Merged<ChapterBodyView, ChapterPageFields>

/// The whole report on one page.
struct FullReportPageView: Codable, Sendable {
    struct ContentsEntry: Codable, Sendable {
        var heading: String
        var href: String
    }

    var titleZh: String
    var titleEn: String
    var chapters: [ChapterBodyView]
    var toc: [ContentsEntry]
    var termDescriptions: [TermDescriptionView]
    var s: [String: String]
    var provenance: ProvenanceView?
    var official: OfficialVersionsView?
}

/// A work plan's years, groups and items (`work-plan-body.mustache`), on its page and in the paragraph
/// that adopts it.
struct WorkPlanBodyView: Codable, Sendable {
    struct Meeting: Codable, Sendable {
        var heading: String
        var anchor: String
        var groups: [Group]
    }

    struct Group: Codable, Sendable {
        var heading: String
        var kind: String
        var items: [Item]
    }

    struct Item: Codable, Sendable {
        var number: Int
        var anchor: String
        var body: String
        var notes: [Note]
    }

    struct Note: Codable, Sendable {
        var html: String
    }

    var planTitle: String
    var planHref: String
    var yearTag: String
    var groupTag: String
    var meetings: [Meeting]
    var adoptedHref: String?
    var adoptedLabel: String?
}

/// What the work plan's page shows besides the plan.
struct WorkPlanPageFields: Codable, Sendable {
    var titleZh: String
    var titleEn: String
    var termDescriptions: [TermDescriptionView]
    var provenance: ProvenanceView?
    var official: OfficialVersionsView?
    var s: [String: String]
}

typealias WorkPlanPageView = Merged<WorkPlanBodyView, WorkPlanPageFields>
