import Linking
import Templates

/// Every template of a theme, by the name of its file in `templates/`; a page template with the view
/// type it is rendered from. A theme that lacks one, or whose template names a value its view cannot
/// give, is refused when it loads (`Theme.load`), with the template's path.
public enum TemplateName: String, CaseIterable, Sendable {
    // The layout around every page, and the pages.
    case layout, home, session, chapter, full, workPlan = "work-plan", search, notFound = "not-found"
    case article, articlesIndex = "articles-index", resolutions, documents, referenceItem = "reference-item"
    case participants, participant, attendance, glossary, glossaryTerm = "glossary-term", charts
    // Partials, included by the pages.
    case chapterBody = "chapter-body", paragraph, workPlanBody = "work-plan-body", provenance
    case termDescriptions = "term-descriptions", termSwitch = "term-switch", mentionGroups = "mention-groups", pagination

    /// The view a page template is rendered from; nil for a partial, which sees the view of the page that
    /// includes it.
    var viewType: (any Codable.Type)? {
        switch self {
        case .layout: LayoutView.self
        case .home: HomePageView.self
        case .session: CoverPageView.self
        case .chapter: ChapterPageView.self
        case .full: FullReportPageView.self
        case .workPlan: WorkPlanPageView.self
        case .search: SearchPageView.self
        case .notFound: NotFoundPageView.self
        case .article: ArticlePageView.self
        case .articlesIndex: ArticlesIndexPageView.self
        case .resolutions: ResolutionsPageView.self
        case .documents: DocumentsPageView.self
        case .referenceItem: ReferenceItemPageView.self
        case .participants: ParticipantsPageView.self
        case .participant: ParticipantPageView.self
        case .attendance: AttendancePageView.self
        case .glossary: GlossaryPageView.self
        case .glossaryTerm: GlossaryTermPageView.self
        case .charts: Merged<SessionChartsView, ChartsPageView>.self
        case .chapterBody, .paragraph, .workPlanBody, .provenance, .termDescriptions, .termSwitch, .mentionGroups, .pagination: nil
        }
    }

    /// The names a page's template may use: its view's, and `recordLang`, which every page body sees.
    func schema() throws -> TemplateSchema? {
        guard let viewType else { return nil }
        let view = try TemplateSchema.of(viewType)
        guard self != .layout, case .object(var members, let optional) = view else { return view }
        members["recordLang"] = members["recordLang"] ?? .scalar
        return .object(members, optional: optional)
    }
}

/// A page ready for its template: its typed view, and what the layout needs.
struct RenderedPage {
    let template: TemplateName
    let title: String
    let context: PageContext
    /// The breadcrumbs after Home (the layout adds Home).
    let trail: [(label: String, target: SitePath?)]
    let view: any Encodable & Sendable
    var layoutOptions = LayoutOptions()

    init(template: TemplateName, title: String, context: PageContext, trail: [(label: String, target: SitePath?)],
         view: some Encodable & Sendable) {
        self.template = template
        self.title = title
        self.context = context
        self.trail = trail
        self.view = view
    }
}
