import AkomaNtoso
import Analysis
import Foundation
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Search
import Templates

/// The render stage: every page of the site as HTML, through the theme's templates.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    public let site: SiteConfiguration
    public let strings: UIStrings
    /// Shown in the footer when set; never the clock's date, so that builds are reproducible.
    public let buildDate: CalendarDate?
    public let publishing: Publishing
    /// The previous build's pages: a page rendered from the same values is taken from there.
    public var previousPages: PreviousPages?
    /// The interface version this renderer makes, and all of the site's.
    public private(set) var version: InterfaceVersion
    public let versions: [InterfaceVersion]

    public init(theme: Theme, site: SiteConfiguration, buildDate: CalendarDate? = nil, publishing: Publishing = Publishing()) {
        self.theme = theme
        self.site = site
        self.buildDate = buildDate
        self.publishing = publishing
        self.strings = theme.strings[site.uiLanguage] ?? UIStrings(language: site.uiLanguage, table: [:])
        self.versions = InterfaceVersion.all(of: site)
        self.version = versions[0]
    }

    /// The renderer of another interface version of the same site: its strings, and its pages in its folder.
    public func rendering(_ other: InterfaceVersion) -> SiteRenderer {
        var site = self.site
        site.uiLanguage = other.language
        site.otherUILanguages = versions.map(\.language).filter { $0 != other.language }
        let depth = other.folder.split(separator: "/").count
        let archive = publishing.archiveName.map { String(repeating: "../", count: depth) + $0 }
        var renderer = SiteRenderer(theme: theme, site: site, buildDate: buildDate,
                                    publishing: Publishing(baseURL: publishing.baseURL, archiveName: archive))
        renderer.version = other
        renderer.previousPages = previousPages
        return SiteRenderer(copying: renderer, versions: versions)
    }

    private init(copying renderer: SiteRenderer, versions: [InterfaceVersion]) {
        theme = renderer.theme
        site = renderer.site
        strings = renderer.strings
        buildDate = renderer.buildDate
        publishing = renderer.publishing
        previousPages = renderer.previousPages
        version = renderer.version
        self.versions = versions
    }

    /// One session's own pages, all in its folder: the cover, the chapters, the full report, the work plan
    /// and the attendance; and what search finds in it (its documents' session positions left unset).
    public func renderSession(_ loaded: LoadedSession, analysis: SessionAnalysis, links: RecordLinks, siteMap: SiteMap,
                              references: ReferenceData) throws(DiagnosticsError) -> (files: [OutputFile], searchDocuments: [SearchDocument]) {
        var files: [OutputFile] = []
        var log = DiagnosticLog()
        let session = loaded.session
        let referenceLinks = ReferenceLinks(sessions: siteMap.sessions)
        let attendance = analysis.participants.attendance
        let annotator = TextAnnotator(links: referenceLinks, convention: references.convention, glossary: references.glossary,
                                      strings: strings, sessionPage: URLScheme.session(session.slug))
        let akn = AKNReport(loaded, analysis: analysis, references: references, links: referenceLinks, buildDate: buildDate)
        files.append(OutputFile(path: AKNReport.path(session.slug), text: akn.xml))
        // Each kind of page links a term once: the text is rendered for each.
        var fragments: [GlossaryAnalysis.Page: ReportFragments] = [:]
        for page in GlossaryAnalysis.Page.allCases where page != .workPlan || loaded.workPlan != nil {
            fragments[page] = ReportFragments(
                report: loaded.report, workPlan: loaded.workPlan, links: links,
                annotations: annotator.annotations(references: analysis.references.linkedTexts, terms: analysis.glossary.linkedTexts, on: page),
                paragraphs: page != .workPlan, log: &log)
        }
        let pages = SessionPages(session: session, fragments: fragments, siteMap: siteMap, strings: strings,
                                 hasAttendance: !attendance.isEmpty, glossary: references.glossary,
                                 glossaryEntries: analysis.glossary.linkedEntries,
                                 headingGlosses: HeadingGlosses(analysis: analysis, convention: references.convention,
                                                                glossary: references.glossary, strings: strings))
        let language = session.metadata.language
        files.append(try page(naming(akn: session.slug, pages.cover(context(URLScheme.session(session.slug), language)))))
        for chapter in session.report.chapters {
            files.append(try page(naming(akn: session.slug, pages.chapter(chapter, context: context(URLScheme.chapter(session.slug, chapter.number), language)))))
        }
        files.append(try page(naming(akn: session.slug, pages.fullReport(context(URLScheme.fullReport(session.slug), language)))))
        if let plan = session.workPlan {
            files.append(try page(naming(akn: session.slug, pages.workPlan(plan, context: context(URLScheme.workPlan(session.slug), language)))))
        }
        if let source = loaded.source {
            files.append(OutputFile(path: URLScheme.sourceText(session.slug), text: source.file.text))
        }
        if !attendance.isEmpty {
            // The attendance page needs only this session's lists: every participant listed has a page.
            let noMentions = ReferenceIndex(mentions: [], sessionOrder: [])
            let attendancePages = AttendancePages(
                attendance: attendance, registry: references.participants, index: noMentions, siteMap: siteMap, strings: strings,
                references: ReferencePages(index: noMentions, links: referenceLinks, convention: references.convention,
                                           siteMap: siteMap, strings: strings))
            files.append(try page(naming(akn: session.slug, attendancePages.sessionAttendance(session, context: context(URLScheme.attendance(session.slug), siteMap.recordLanguage)))))
        }
        let search = SearchDocuments(convention: references.convention, glossary: references.glossary,
                                     participants: references.participants, strings: strings)
        let documents = search.documents(of: session, analysis: analysis, attendance: attendance)
        if log.hasErrors { throw DiagnosticsError(log) }
        return (files.map { $0.placed(in: version) }, documents)
    }

    /// A session's page, naming the session's AKN file in its head.
    private func naming(akn slug: String, _ page: RenderedPage) -> RenderedPage {
        var named = page
        named.layoutOptions.aknFile = AKNReport.path(slug)
        return named
    }

    /// The pages across sessions, from what each session gave: home, indexes of articles, resolutions,
    /// documents, participants and terms, data files, search, 404, and with a base address the sitemap,
    /// robots.txt and the feed. `sessionPages` are the pages the sessions wrote (for the sitemap);
    /// `searchDocuments` are each session's, by slug.
    public func renderSitePages(siteMap: SiteMap, references: ReferenceData, index: ReferenceIndex, attendance: [AttendanceList],
                                glossaryOccurrences: [GlossaryOccurrence], searchDocuments: [String: [SearchDocument]],
                                sessionPages: [SitePath],
                                deliver: (@Sendable (OutputFile) -> Result<OutputFile, DiagnosticsError>)? = nil)
        throws(DiagnosticsError) -> [OutputFile] {
        let recordLanguage = siteMap.recordLanguage
        let referenceLinks = ReferenceLinks(sessions: siteMap.sessions)
        let referencePages = ReferencePages(index: index, links: referenceLinks, convention: references.convention,
                                            siteMap: siteMap, strings: strings)
        let attendancePages = AttendancePages(attendance: attendance, registry: references.participants, index: index,
                                              siteMap: siteMap, strings: strings, references: referencePages)
        let glossaryPages = GlossaryPages(glossary: references.glossary, occurrences: Dictionary(grouping: glossaryOccurrences, by: \.entryID),
                                          convention: references.convention, citedArticles: Set(index.citedArticles),
                                          siteMap: siteMap, strings: strings)
        // Each page is a job; the jobs run on all cores, and the files keep the jobs' order.
        typealias Job = @Sendable () -> Result<OutputFile, DiagnosticsError>
        let renderer = self
        func html(_ path: SitePath, _ make: @escaping @Sendable (PageContext) -> RenderedPage) -> Job {
            { renderer.result { () throws(DiagnosticsError) in try renderer.page(make(renderer.context(path, recordLanguage))) } }
        }
        // The glossary pages are the largest pages of a large archive: one is the first job and the other
        // the last, so that the cores do not hold both at once, and the longest job does not start last.
        let glossaryChinese = html(URLScheme.glossaryChinese) { glossaryPages.chineseToEnglish($0) }
        let glossaryEnglish = html(URLScheme.glossaryEnglish) { glossaryPages.englishToChinese($0) }
        var jobs: [Job] = [glossaryChinese, { renderer.result { () throws(DiagnosticsError) in try renderer.homePage(siteMap) } }]
        jobs.append(html(URLScheme.articlesIndex) { referencePages.articlesIndex($0) })
        for number in index.citedArticles {
            jobs.append(html(URLScheme.article(number)) { referencePages.article(number, context: $0) })
        }
        jobs.append(html(URLScheme.resolutionsIndex) { referencePages.resolutionsIndex($0) })
        jobs.append(html(URLScheme.documentsIndex) { referencePages.documentsIndex($0) })
        jobs.append(html(URLScheme.charts) { attendancePages.chartsPage(context: $0) })
        for order in AttendancePages.Order.allCases {
            jobs.append(html(order.path) { attendancePages.participantsIndex(order, context: $0) })
        }
        for participant in attendancePages.participantsWithPages {
            jobs.append(html(URLScheme.participant(participant.id)) { attendancePages.participant(participant, context: $0) })
        }
        jobs.append { .success(glossaryPages.csv) }
        jobs.append { .success(glossaryPages.tbx) }
        let data = AttendanceData(attendance: attendance, registry: references.participants, siteMap: siteMap)
        jobs.append { .success(data.csv) }
        jobs.append { .success(data.json) }

        let search = SearchDocuments(convention: references.convention, glossary: references.glossary,
                                     participants: references.participants, strings: strings)
        jobs.append {
            var documents: [SearchDocument] = []
            for (position, session) in siteMap.sessions.enumerated() {
                documents += (searchDocuments[session.slug] ?? []).map { document in
                    var placed = document
                    placed.session = position
                    return placed
                }
            }
            documents += search.referenceDocuments(citedArticles: Set(index.citedArticles),
                                                   participantsWithPages: attendancePages.participantsWithPages)
            return .success(OutputFile(path: URLScheme.searchIndex, contents: SearchIndexScript.script(
                for: SearchIndex(sessions: search.sessions(siteMap), documents: documents))))
        }
        jobs.append(html(URLScheme.search) { renderer.searchPage($0) })
        jobs.append {
            var context = renderer.context(URLScheme.notFound, recordLanguage)
            context.linksFromRoot = renderer.publishing.rootPath + renderer.version.folder
            return renderer.result { () throws(DiagnosticsError) in try renderer.page(renderer.notFoundPage(context)) }
        }
        jobs.append(glossaryEnglish)

        var files: [OutputFile] = []
        // Each page is delivered (written) by the job that made it, when the caller asks.
        let version = version
        for result in jobs.parallelMap({ job in job().flatMap { file in deliver?(file.placed(in: version)) ?? .success(file) } }) {
            files.append(try result.get())
        }
        if let file = AtomFeed(publishing: publishing, site: site, strings: strings, buildDate: buildDate, version: version)
            .file(sessions: siteMap.sessions) {
            files.append(file)
        }
        files = files.map { $0.isWritten ? $0 : $0.placed(in: version) }
        // The sitemap and robots.txt are the site's, once, at its root: every page of every version.
        if version.folder.isEmpty {
            let sitemap = Sitemap(publishing: publishing, lastModified: buildDate)
            let listedPages = (files.map(\.path) + sessionPages)
                .filter { $0.value.hasSuffix(".html") && $0 != URLScheme.notFound && $0 != URLScheme.search }
                .sorted()
            let aknFiles = sessionPages.filter { $0.value.hasSuffix(".akn.xml") }.sorted()
            if let file = sitemap.file(pages: listedPages, files: aknFiles, versions: versions) { files.append(file) }
            if let file = sitemap.robots() { files.append(file) }
        }
        return files
    }

    /// What `make` gives, or the diagnostics it threw.
    func result(_ make: () throws(DiagnosticsError) -> OutputFile) -> Result<OutputFile, DiagnosticsError> {
        do {
            return .success(try make())
        } catch {
            return .failure(error)
        }
    }

    /// The home page alone (the archive's copy is rendered without the link to the archive).
    public func homePage(_ siteMap: SiteMap) throws(DiagnosticsError) -> OutputFile {
        try page(home(siteMap, context: context(URLScheme.home, siteMap.recordLanguage)))
    }

    func context(_ path: SitePath, _ recordLanguage: String) -> PageContext {
        var context = PageContext(path: path, site: site, strings: strings, recordLanguage: recordLanguage,
                                  builtOn: buildDate.map { strings.format("built_on", ["date": DateFormatting(strings: strings).day($0)]) },
                                  publishing: publishing)
        context.version = version
        context.versions = versions
        return context
    }

    /// Renders a page body with its template, then the layout around it. The page's fingerprint is the
    /// hash of the two encoded views: a page whose views did not change is taken from the previous output.
    func page(_ rendered: RenderedPage) throws(DiagnosticsError) -> OutputFile {
        let body: TemplateValue, layout: TemplateValue
        do {
            body = try TemplateValueEncoder.encode(rendered.view)
            layout = try TemplateValueEncoder.encode(rendered.context.layout(title: rendered.title, trail: rendered.trail, content: "",
                                                                             options: rendered.layoutOptions))
        } catch {
            throw DiagnosticsError(DiagnosticLog([.error("cannot encode the page's values: \(error)", at: SourceLocation(path: rendered.context.path.value),
                                                         rule: .templateInvalid)]))
        }
        let fingerprint = rendered.fingerprint(body: body, layout: layout)
        if let previousPages, previousPages.holds(version.place(rendered.context.path).value, fingerprint: fingerprint) {
            return .unchanged(rendered.context.path, fingerprint: fingerprint)
        }
        let pageBase = TemplateValue.object(["recordLang": .text(rendered.context.recordLanguage)])
        guard let content = theme.library.render(body, template: rendered.template.rawValue, under: [pageBase]),
              case .object(var members) = layout else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template '\(rendered.template.rawValue)'",
                                                         at: SourceLocation(path: "templates"), rule: .templateMissing)]))
        }
        members["content"] = .text(content)
        guard let html = theme.library.render(.object(members), template: TemplateName.layout.rawValue) else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template 'layout'", at: SourceLocation(path: "templates"), rule: .templateMissing)]))
        }
        var file = OutputFile(path: rendered.context.path, text: html)
        file.fingerprint = fingerprint
        return file
    }

    private func home(_ siteMap: SiteMap, context: PageContext) -> RenderedPage {
        let dates = DateFormatting(strings: strings)
        let sessions = siteMap.sessions.map { session in
            let metadata = session.metadata
            return HomePageView.Session(
                href: context.link(URLScheme.session(session.slug)), titleZh: metadata.title.zh, titleEn: metadata.title.en,
                body: metadata.body.text(in: strings.language), dates: dates.range(metadata.startDate, metadata.endDate),
                datetime: metadata.startDate.iso, venue: metadata.venue.text(in: strings.language))
        }
        let view = HomePageView(siteTitleZh: site.title.zh, siteTitleEn: site.title.en, sessions: sessions, hasSessions: !sessions.isEmpty,
                                s: strings.table, chartsHref: sessions.isEmpty ? nil : context.link(URLScheme.charts),
                                archiveHref: publishing.archiveName,
                                feedHref: publishing.baseURL == nil ? nil : context.link(URLScheme.feed))
        return RenderedPage(template: .home, title: site.title.text(in: strings.language), context: context, trail: [], view: view)
    }

    /// The search page: its script reads `?q=` and the index that `search-index.js` sets.
    func searchPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: .search, title: strings["search"], context: context, trail: [(strings["search"], nil)],
                                view: SearchPageView(searchHref: context.link(URLScheme.search), s: strings.table))
        page.layoutOptions = LayoutOptions(scripts: [URLScheme.searchIndex, URLScheme.searchScript], showsSearchBox: false)
        return page
    }

    /// The page a server answers for an address it does not have.
    func notFoundPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: .notFound, title: strings["not_found"], context: context, trail: [],
                                view: NotFoundPageView(homeHref: context.link(URLScheme.home), searchHref: context.link(URLScheme.search),
                                                       s: strings.table))
        page.layoutOptions = LayoutOptions(isErrorPage: true)
        // A server answers this page at any address, and it may be opened from disk, where its links from
        // the site's root lead nowhere: it carries its own copy of the stylesheet.
        if let file = theme.assets["style.css"], let css = try? String(contentsOfFile: file, encoding: .utf8),
           !css.lowercased().contains("</style") {
            page.layoutOptions.headStyle = css
        }
        return page
    }
}
