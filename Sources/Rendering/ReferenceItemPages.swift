import Linking
import Model

/// The pages of one cited item that is not an article: a resolution, a document, a chapter of the
/// Convention discussed as a whole. Each lists its citations session by session, `pageLength` sessions a
/// page, and links back to its entry on its index.
extension ReferencePages {
    /// A cited item: what it is, where its pages are, and the entry on its index.
    struct Item: Sendable {
        let target: ReferenceTarget
        let kind: String
        let heading: String
        var headingEn: String?
        let index: (path: SitePath, fragment: String, label: String)
        let path: @Sendable (Int) -> SitePath
    }

    /// Every cited resolution, document and chapter, with the pages of its citations.
    var citedItems: [(item: Item, pages: ClosedRange<Int>)] {
        let resolutions = index.resolutions.map { resolution in
            Item(target: .resolution(resolution), kind: strings["resolutions"], heading: resolutionLabel(resolution),
                 index: (URLScheme.resolutionsIndex, resolution.anchor, strings["resolutions"]),
                 path: { URLScheme.resolution(resolution.anchor, page: $0) })
        }
        let documentsPagination = documentsIndexPagination
        let documents = index.documents.enumerated().map { position, symbol in
            let anchor = URLScheme.documentAnchor(symbol)
            let indexPage = position / documentsPagination.pageLength + 1
            return Item(target: .document(symbol), kind: strings["documents"], heading: symbol,
                        index: (URLScheme.documentsIndex(page: indexPage), anchor, strings["documents"]),
                        path: { URLScheme.document(anchor, page: $0) })
        }
        let chapters = convention.chapters.map { chapter in
            Item(target: .conventionChapter(chapter.number), kind: strings["chapter_item"],
                 heading: strings.format("convention_chapter", ["numeral": ChineseNumeral.text(for: chapter.number), "roman": chapter.roman])
                    + " " + chapter.title.zh,
                 headingEn: chapter.title.en,
                 index: (URLScheme.articlesIndex, URLScheme.conventionChapterAnchor(chapter.number), strings["articles_index"]),
                 path: { URLScheme.conventionChapter(chapter.number, page: $0) })
        }
        return (resolutions + documents + chapters).compactMap { item in
            let sessions = sessionsMentioning(item.target)
            guard !sessions.isEmpty else { return nil }
            return (item, Pagination(itemCount: sessions.count, pageLength: pageLength).pages)
        }
    }

    func itemPage(_ item: Item, page: Int, context: PageContext) -> RenderedPage {
        let sessions = sessionsMentioning(item.target)
        let pagination = Pagination(itemCount: sessions.count, pageLength: pageLength)
        var view = ReferenceItemPageView(
            kind: item.kind, heading: item.heading, headingEn: item.headingEn, indexHref: context.link(item.index.path, item.index.fragment),
            indexLabel: item.index.label, totalLabel: strings.format("mention_count", count: index.mentions(of: item.target).count),
            sessionsLabel: strings.format("occurrence_sessions", count: sessions.count),
            mentionGroups: mentionGroups(item.target, in: pagination.sessions(on: page, of: sessions), context: context),
            pagination: pagination.view(page: page, path: item.path, context: context, strings: strings), s: strings.table)
        if case .document(let symbol) = item.target {
            let parts = Self.addenda(of: symbol)
            if parts.isEmpty {
                view.externalHref = URLScheme.undocs(symbol)
            } else {
                view.parts = parts.map { .init(symbol: $0, href: URLScheme.undocs($0)) }
                view.hasParts = true
            }
        }
        let title = strings.pageTitle(item.heading, page: page)
        return RenderedPage(template: .referenceItem, title: title, context: context,
                            trail: [(item.index.label, item.index.path), (item.heading, nil)], view: view)
    }
}
