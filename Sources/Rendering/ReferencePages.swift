import Linking
import Model

/// The pages built from the references: the article index, one page per cited article, the resolutions
/// and the documents, each listing every citing paragraph across sessions (an article's in pages of
/// `pageLength` sessions).
struct ReferencePages: Sendable {
    let index: ReferenceIndex
    let links: ReferenceLinks
    let convention: ConventionRegistry
    let siteMap: SiteMap
    let strings: UIStrings
    /// How many sessions a page of an article's citations shows.
    let pageLength: Int

    private func trail(_ title: String, parent: (String, SitePath)? = nil) -> [(label: String, target: SitePath?)] {
        (parent.map { [($0.0, $0.1)] } ?? []) + [(title, nil)]
    }

    private func session(_ slug: String) -> Session? {
        siteMap.session(slug)
    }

    /// The mentions of `target`, grouped by session, relative to `context`'s page.
    func mentionGroups(_ target: ReferenceTarget, in sessions: Set<String>? = nil, context: PageContext) -> [MentionGroupView] {
        var groups: [MentionGroupView] = []
        var current: (slug: String, items: [MentionGroupView.Mention])?
        func flush() {
            guard let current, let session = session(current.slug) else { return }
            groups.append(MentionGroupView(
                sessionTitle: session.metadata.title.text(in: strings.language), sessionTitleLang: strings.language.tag,
                sessionHref: context.link(URLScheme.session(session.slug)),
                count: current.items.count, countLabel: strings.format("mention_count", ["count": String(current.items.count)]),
                mentions: current.items))
        }
        for mention in index.mentions(of: target) where sessions?.contains(mention.sessionSlug) ?? true {
            if current?.slug != mention.sessionSlug {
                flush()
                current = (mention.sessionSlug, [])
            }
            current?.items.append(mentionView(mention, context: context))
        }
        flush()
        return groups
    }

    private func mentionView(_ mention: ReferenceMention, context: PageContext) -> MentionGroupView.Mention {
        var view = MentionGroupView.Mention(
            before: mention.excerpt.before, match: mention.excerpt.match, after: mention.excerpt.after,
            paragraphLabel: strings.format("paragraph_link", ["number": String(mention.place.paragraph)]))
        if !mention.subdivisions.isEmpty {
            let number: String
            if case .article(let article) = mention.target { number = String(article) } else { number = "" }
            view.subdivisions = mention.subdivisions
                .map { strings.format("article_citation_en", ["number": number, "part": $0]) }.joined(separator: ", ")
        }
        if case .chapterHeading(let chapter, let paragraphs) = mention.place {
            // The heading names what the whole chapter discusses: listed as such, linked to the chapter.
            let label = session(mention.sessionSlug)?.report.chapters.first { $0.number == chapter }?.label
                ?? ChineseNumeral.text(for: chapter)
            view.chapterHeading = true
            view.paragraphLabel = strings.format("discussed_in_chapter", [
                "numeral": label, "roman": RomanNumeral.text(for: chapter),
                "first": String(paragraphs.lowerBound), "last": String(paragraphs.upperBound),
            ])
            view.paragraphHref = context.link(URLScheme.chapter(mention.sessionSlug, chapter))
        } else if let permalink = siteMap.paragraph(mention.place.paragraph, in: mention.sessionSlug) {
            view.paragraphHref = context.link(permalink.page, permalink.fragment)
        }
        if case .workPlanItem(_, let number, let anchor, _) = mention.place,
           let plan = session(mention.sessionSlug)?.workPlan,
           let meeting = plan.meetings.first(where: { $0.groups.contains { $0.items.contains { $0.anchor == anchor } } }) {
            view.workPlanItem = .init(label: strings.format("work_plan_item", ["heading": meeting.heading, "year": meeting.year.map(String.init) ?? meeting.heading,
                                                                                "number": String(number)]),
                                      href: context.link(URLScheme.workPlan(mention.sessionSlug), anchor))
        }
        return view
    }

    // MARK: Article index

    func articlesIndex(_ context: PageContext) -> RenderedPage {
        let chapters = convention.chapters.map { chapter in
            ArticlesIndexPageView.Chapter(
                anchor: URLScheme.conventionChapterAnchor(chapter.number),
                label: strings.format("convention_chapter", ["numeral": ChineseNumeral.text(for: chapter.number), "roman": chapter.roman]),
                titleZh: chapter.title.zh, titleEn: chapter.title.en,
                mentions: summary(.conventionChapter(chapter.number), page: URLScheme.conventionChapter(chapter.number), context: context),
                articles: convention.articles.filter { $0.chapter == chapter.number }.map { article in
                    let mentions = index.mentions(of: .article(article.number))
                    return .init(
                        number: article.number, anchor: URLScheme.articleRowAnchor(article.number),
                        label: strings.format("article_number", ["number": String(article.number)]),
                        titleZh: article.title.zh, titleEn: article.title.en, unconfirmed: !article.isChineseTitleConfirmed,
                        total: mentions.count, sessions: sessionsMentioning(.article(article.number)).count,
                        href: mentions.isEmpty ? nil : context.link(URLScheme.article(article.number)))
                })
        }
        let view = ArticlesIndexPageView(chapters: chapters, hasUnconfirmed: convention.articles.contains { !$0.isChineseTitleConfirmed },
                                         s: strings.table)
        return RenderedPage(template: .articlesIndex, title: strings["articles_index"], context: context,
                            trail: trail(strings["articles_index"]), view: view)
    }

    /// How often `target` is cited and in how many sessions, linking `page`; nil when it is not cited.
    func summary(_ target: ReferenceTarget, page: SitePath, context: PageContext) -> MentionsSummaryView? {
        let total = index.mentions(of: target).count
        guard total > 0 else { return nil }
        return MentionsSummaryView(href: context.link(page), totalLabel: strings.format("mention_count", count: total),
                                   sessionsLabel: strings.format("occurrence_sessions", count: sessionsMentioning(target).count))
    }

    // MARK: One article

    /// The sources that confirm the article's Chinese title, for the article page.
    private func titleSources(_ article: ConventionArticle?) -> [ArticlePageView.TitleSource] {
        let titles = (article?.chineseTitleSources ?? []).compactMap { convention.sources.source(id: $0)?.title }
        return titles.enumerated().map { .init(title: $0.element, last: $0.offset == titles.count - 1) }
    }

    /// The sessions whose text names `target`, in the order of its mentions (the archive's).
    func sessionsMentioning(_ target: ReferenceTarget) -> [String] {
        var slugs: [String] = []
        for mention in index.mentions(of: target) where slugs.last != mention.sessionSlug { slugs.append(mention.sessionSlug) }
        return slugs
    }

    /// The pages of an article's citations, `pageLength` sessions a page.
    func articlePages(_ number: Int) -> ClosedRange<Int> {
        Pagination(itemCount: sessionsMentioning(.article(number)).count, pageLength: pageLength).pages
    }

    func article(_ number: Int, page: Int = 1, context: PageContext) -> RenderedPage {
        let cited = index.citedArticles
        let sessions = sessionsMentioning(.article(number))
        let pagination = Pagination(itemCount: sessions.count, pageLength: pageLength)
        let article = convention.article(number)
        let label = strings.format("article_number", ["number": String(number)])
        func link(_ number: Int) -> LinkView {
            LinkView(href: context.link(URLScheme.article(number)), label: strings.format("article_number", ["number": String(number)]))
        }
        var view = ArticlePageView(
            label: label, labelEn: strings.format("article_label_en", ["number": String(number)]),
            titleZh: article?.title.zh ?? "", titleEn: article?.title.en ?? "", unconfirmed: article?.isChineseTitleConfirmed == false,
            titleSources: titleSources(article), hasTitleSources: article?.isChineseTitleConfirmed == true,
            mentionGroups: mentionGroups(.article(number), in: pagination.sessions(on: page, of: sessions), context: context), s: strings.table,
            pagination: pagination.view(page: page, path: { URLScheme.article(number, page: $0) }, context: context, strings: strings))
        if let article, let chapter = convention.chapter(article.chapter) {
            view.chapter = .init(
                label: strings.format("convention_chapter", ["numeral": ChineseNumeral.text(for: chapter.number), "roman": chapter.roman]),
                titleZh: chapter.title.zh, titleEn: chapter.title.en,
                href: context.link(URLScheme.articlesIndex, URLScheme.conventionChapterAnchor(chapter.number)))
        }
        if let position = cited.firstIndex(of: number) {
            if position > cited.startIndex { view.previous = link(cited[position - 1]) }
            if position + 1 < cited.endIndex { view.next = link(cited[position + 1]) }
        }
        let title = strings.pageTitle(label, page: page)
        return RenderedPage(template: .article, title: title, context: context,
                            trail: trail(label, parent: (strings["articles_index"], URLScheme.articlesIndex)), view: view)
    }

    // MARK: Resolutions and documents

    func resolutionsIndex(_ context: PageContext) -> RenderedPage {
        let bodies = ResolutionBody.allCases.compactMap { body -> ResolutionsPageView.Body? in
            let resolutions = index.resolutions.filter { $0.body == body }
            guard !resolutions.isEmpty else { return nil }
            return .init(name: strings["body_\(body.rawValue)"], resolutions: resolutions.compactMap { resolution in
                summary(.resolution(resolution), page: URLScheme.resolution(resolution.anchor), context: context).map {
                    .init(anchor: resolution.anchor, label: resolutionLabel(resolution), summary: $0)
                }
            })
        }
        return RenderedPage(template: .resolutions, title: strings["resolutions"], context: context, trail: trail(strings["resolutions"]),
                            view: ResolutionsPageView(bodies: bodies, hasResolutions: !bodies.isEmpty, s: strings.table))
    }

    func resolutionLabel(_ resolution: Resolution) -> String {
        strings.format("resolution_of", ["body": strings["body_\(resolution.body.rawValue)"], "number": resolution.number])
    }

    /// The pages of the documents index, `pageLength` documents a page.
    var documentsIndexPagination: Pagination {
        Pagination(itemCount: index.documents.count, pageLength: pageLength)
    }

    func documentsIndex(page: Int = 1, _ context: PageContext) -> RenderedPage {
        let pagination = documentsIndexPagination
        let documents = index.documents[pagination.items(on: page)].compactMap { symbol -> DocumentsPageView.Document? in
            guard let summary = summary(.document(symbol), page: URLScheme.document(URLScheme.documentAnchor(symbol)), context: context) else { return nil }
            let destination = links.href(of: .document(symbol), from: context.path)
            var view = DocumentsPageView.Document(anchor: URLScheme.documentAnchor(symbol), symbol: symbol, href: destination.href,
                                                  isExternal: destination.isExternal, summary: summary)
            let parts = Self.addenda(of: symbol)
            if !parts.isEmpty {
                view.href = nil
                view.hasParts = true
                view.parts = parts.map { .init(symbol: $0, href: URLScheme.undocs($0)) }
            }
            return view
        }
        let title = strings.pageTitle(strings["documents"], page: page)
        return RenderedPage(template: .documents, title: title, context: context, trail: trail(strings["documents"]),
                            view: DocumentsPageView(documents: documents, hasDocuments: !documents.isEmpty, s: strings.table,
                                                    pagination: pagination.view(page: page, path: { URLScheme.documentsIndex(page: $0) },
                                                                                context: context, strings: strings, itemsKey: "documents_shown")))
    }

    /// The symbols a range of addenda names: `…/L.1/Add.1-3` → `…/L.1/Add.1`, `…/Add.2`, `…/Add.3`.
    static func addenda(of symbol: String) -> [String] {
        guard let slash = symbol.lastIndex(of: "/") else { return [] }
        let base = symbol[..<slash]
        let last = symbol[symbol.index(after: slash)...]
        guard let dot = last.lastIndex(of: "."), let dash = last.firstIndex(of: "-"), dot < dash,
              let from = Int(last[last.index(after: dot)..<dash]), let to = Int(last[last.index(after: dash)...]),
              from < to, to - from < 50 else { return [] }
        let kind = last[...dot]
        return (from...to).map { "\(base)/\(kind)\($0)" }
    }
}
