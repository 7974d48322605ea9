import Analysis
import Diagnostics
import Linking
import Loading
import Model
import Mustache
import Search

/// The render stage: every page of the site as HTML, through the theme's templates.
public struct SiteRenderer {
    public let theme: Theme
    public let site: SiteConfiguration
    public let strings: UIStrings
    /// Shown in the footer when set; never the clock's date, so that builds are reproducible.
    public let buildDate: CalendarDate?
    public let publishing: Publishing

    public init(theme: Theme, site: SiteConfiguration, buildDate: CalendarDate? = nil, publishing: Publishing = Publishing()) {
        self.theme = theme
        self.site = site
        self.buildDate = buildDate
        self.publishing = publishing
        self.strings = theme.strings[site.uiLanguage] ?? UIStrings(language: site.uiLanguage, table: [:])
    }

    /// Renders every page. `analyses` holds each session's analysis, by slug.
    public func render(_ content: LoadedContent, siteMap: SiteMap, analyses: [String: SessionAnalysis],
                       index: ReferenceIndex, attendance: [AttendanceList],
                       glossaryOccurrences: [GlossaryOccurrence]) throws(DiagnosticsError) -> [OutputFile] {
        var files: [OutputFile] = []
        var log = DiagnosticLog()
        let recordLanguage = content.sessions.first?.session.metadata.language ?? "zh-Hans"
        let referenceLinks = ReferenceLinks(sessions: siteMap.sessions)
        files.append(try homePage(content, siteMap: siteMap))
        let search = SearchDocuments(convention: content.convention, glossary: content.glossary,
                                     participants: content.participants, strings: strings)
        var searchDocuments: [SearchDocument] = []
        for loaded in content.sessions {
            let session = loaded.session
            let links = RecordLinkResolver(siteMap: siteMap, slug: session.slug)
            let analysis = analyses[session.slug]
            let annotator = TextAnnotator(links: referenceLinks, convention: content.convention, glossary: content.glossary,
                                          strings: strings, sessionPage: URLScheme.session(session.slug))
            let fragments = ReportFragments(report: loaded.report, workPlan: loaded.workPlan, links: links,
                                            references: analysis?.references.linkedTexts ?? [],
                                            terms: analysis?.glossary.linkedTexts ?? [], annotator: annotator, log: &log)
            let pages = SessionPages(session: session, fragments: fragments, siteMap: siteMap, strings: strings,
                                     hasAttendance: attendance.contains { $0.sessionSlug == session.slug },
                                     glossary: content.glossary,
                                     glossaryEntries: analysis?.glossary.entriesByParagraph ?? [:])
            let language = session.metadata.language
            searchDocuments += search.documents(of: session, position: siteMap.position(of: session.slug) ?? 0, analysis: analysis,
                                                attendance: attendance.filter { $0.sessionSlug == session.slug })
            files.append(try page(pages.cover(context(URLScheme.session(session.slug), language))))
            for chapter in session.report.chapters {
                files.append(try page(pages.chapter(chapter, context: context(URLScheme.chapter(session.slug, chapter.number), language))))
            }
            files.append(try page(pages.fullReport(context(URLScheme.fullReport(session.slug), language))))
            if let plan = session.workPlan {
                files.append(try page(pages.workPlan(plan, context: context(URLScheme.workPlan(session.slug), language))))
            }
        }
        let referencePages = ReferencePages(index: index, links: referenceLinks, convention: content.convention,
                                            siteMap: siteMap, strings: strings)
        files.append(try page(referencePages.articlesIndex(context(URLScheme.articlesIndex, recordLanguage))))
        for number in index.citedArticles {
            files.append(try page(referencePages.article(number, context: context(URLScheme.article(number), recordLanguage))))
        }
        files.append(try page(referencePages.resolutionsIndex(context(URLScheme.resolutionsIndex, recordLanguage))))
        files.append(try page(referencePages.documentsIndex(context(URLScheme.documentsIndex, recordLanguage))))

        let attendancePages = AttendancePages(attendance: attendance, registry: content.participants, index: index,
                                              siteMap: siteMap, strings: strings, references: referencePages)
        for session in siteMap.sessions where attendance.contains(where: { $0.sessionSlug == session.slug }) {
            files.append(try page(attendancePages.sessionAttendance(session, context: context(URLScheme.attendance(session.slug), recordLanguage))))
        }
        for order in AttendancePages.Order.allCases {
            files.append(try page(attendancePages.participantsIndex(order, context: context(order.path, recordLanguage))))
        }
        for participant in attendancePages.participantsWithPages {
            files.append(try page(attendancePages.participant(participant, context: context(URLScheme.participant(participant.id), recordLanguage))))
        }
        let glossaryPages = GlossaryPages(glossary: content.glossary, occurrences: Dictionary(grouping: glossaryOccurrences, by: \.entryID), convention: content.convention,
                                          citedArticles: Set(index.citedArticles), siteMap: siteMap, strings: strings)
        files.append(try page(glossaryPages.chineseToEnglish(context(URLScheme.glossaryChinese, recordLanguage))))
        files.append(try page(glossaryPages.englishToChinese(context(URLScheme.glossaryEnglish, recordLanguage))))
        files.append(glossaryPages.csv)
        files.append(glossaryPages.tbx)
        let data = AttendanceData(attendance: attendance, registry: content.participants, siteMap: siteMap)
        files.append(data.csv)
        files.append(data.json)

        searchDocuments += search.referenceDocuments(citedArticles: Set(index.citedArticles),
                                                     participantsWithPages: attendancePages.participantsWithPages)
        files.append(OutputFile(path: URLScheme.searchIndex, contents: SearchIndexScript.script(
            for: SearchIndex(sessions: search.sessions(siteMap), documents: searchDocuments))))
        files.append(try page(searchPage(context(URLScheme.search, recordLanguage))))
        files.append(try page(notFoundPage(context(URLScheme.notFound, recordLanguage))))
        let sitemap = Sitemap(publishing: publishing, lastModified: buildDate)
        let listedPages = files.map(\.path).filter { $0.value.hasSuffix(".html") && $0 != URLScheme.notFound && $0 != URLScheme.search }
        if let file = sitemap.file(pages: listedPages) { files.append(file) }
        if let file = sitemap.robots() { files.append(file) }
        if let file = AtomFeed(publishing: publishing, site: site, strings: strings, buildDate: buildDate).file(sessions: siteMap.sessions) {
            files.append(file)
        }
        if log.hasErrors { throw DiagnosticsError(log) }
        return files
    }

    /// The home page alone (the archive's copy is rendered without the link to the archive).
    public func homePage(_ content: LoadedContent, siteMap: SiteMap) throws(DiagnosticsError) -> OutputFile {
        let recordLanguage = content.sessions.first?.session.metadata.language ?? "zh-Hans"
        return try page(home(siteMap, context: context(URLScheme.home, recordLanguage)))
    }

    private func context(_ path: SitePath, _ recordLanguage: String) -> PageContext {
        PageContext(path: path, site: site, strings: strings, recordLanguage: recordLanguage,
                    builtOn: buildDate.map { strings.format("built_on", ["date": DateFormatting(strings: strings).day($0)]) },
                    publishing: publishing)
    }

    /// Renders a page body with its template, then the layout around it.
    private func page(_ rendered: RenderedPage) throws(DiagnosticsError) -> OutputFile {
        var values = rendered.values
        values["recordLang"] = rendered.context.recordLanguage
        guard let body = theme.library.render(values, withTemplate: rendered.template) else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template '\(rendered.template)'",
                                                         at: SourceLocation(path: "templates"))]))
        }
        let layout = rendered.context.layout(title: rendered.title, trail: rendered.trail, content: body,
                                             options: rendered.layoutOptions)
        guard let html = theme.library.render(layout, withTemplate: "layout") else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template 'layout'", at: SourceLocation(path: "templates"))]))
        }
        return OutputFile(path: rendered.context.path, text: html)
    }

    private func home(_ siteMap: SiteMap, context: PageContext) -> RenderedPage {
        let dates = DateFormatting(strings: strings)
        let sessions: [[String: Any]] = siteMap.sessions.map { session in
            let metadata = session.metadata
            return [
                "href": context.link(URLScheme.session(session.slug)),
                "titleZh": metadata.title.zh,
                "titleEn": metadata.title.en,
                "body": metadata.body.text(in: strings.language),
                "dates": dates.range(metadata.startDate, metadata.endDate),
                "datetime": metadata.startDate.iso,
                "venue": metadata.venue.text(in: strings.language),
            ]
        }
        let title = site.title.text(in: strings.language)
        var values: [String: Any] = ["siteTitleZh": site.title.zh, "siteTitleEn": site.title.en,
                                     "sessions": sessions, "hasSessions": !sessions.isEmpty, "s": strings.table]
        if let archive = publishing.archiveName { values["archiveHref"] = archive }
        if publishing.baseURL != nil { values["feedHref"] = context.link(URLScheme.feed) }
        return RenderedPage(template: "home", title: title, context: context, trail: [], values: values)
    }

    /// The search page: its script reads `?q=` and the index that `search-index.js` sets.
    private func searchPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: "search", title: strings["search"], context: context,
                                trail: [(strings["search"], nil)],
                                values: ["searchHref": context.link(URLScheme.search), "s": strings.table])
        page.layoutOptions = LayoutOptions(scripts: [URLScheme.searchIndex, URLScheme.searchScript], showsSearchBox: false)
        return page
    }

    /// The page a server answers for an address it does not have.
    private func notFoundPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: "not-found", title: strings["not_found"], context: context, trail: [],
                                values: ["homeHref": context.link(URLScheme.home), "searchHref": context.link(URLScheme.search),
                                         "s": strings.table])
        page.layoutOptions = LayoutOptions(isErrorPage: true)
        return page
    }
}

/// A page ready for its template: the values the template reads, and what the layout needs.
struct RenderedPage {
    let template: String
    let title: String
    let context: PageContext
    /// The breadcrumbs after Home (the layout adds Home).
    let trail: [(label: String, target: SitePath?)]
    let values: [String: Any]
    var layoutOptions = LayoutOptions()
}
