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
                                            siteMap: siteMap, strings: strings, pageLength: site.pageLength)
        let attendancePages = AttendancePages(attendance: attendance, registry: references.participants, index: index,
                                              siteMap: siteMap, strings: strings, references: referencePages)
        let glossaryPages = GlossaryPages(glossary: references.glossary, occurrences: glossaryOccurrences,
                                          convention: references.convention, citedArticles: Set(index.citedArticles),
                                          siteMap: siteMap, strings: strings, pageLength: site.pageLength)
        // Each page is a job; the jobs run on all cores, and the files keep the jobs' order.
        typealias Job = @Sendable () -> Result<OutputFile, DiagnosticsError>
        let renderer = self
        func html(_ path: SitePath, _ make: @escaping @Sendable (PageContext) -> RenderedPage) -> Job {
            { renderer.result { () throws(DiagnosticsError) in try renderer.page(make(renderer.context(path, recordLanguage))) } }
        }
        let search = SearchDocuments(convention: references.convention, glossary: references.glossary,
                                     participants: references.participants, strings: strings)
        let searchIndex: Job = {
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
        let data = AttendanceData(attendance: attendance, registry: references.participants, siteMap: siteMap)
        // The longest jobs first, so that the many short ones fill the cores while they run, instead of one
        // long job running alone at the end.
        var jobs: [Job] = [searchIndex, { .success(data.jsonIndex) }, { .success(data.csv) },
                           html(URLScheme.articlesIndex) { referencePages.articlesIndex($0) },
                           html(URLScheme.resolutionsIndex) { referencePages.resolutionsIndex($0) },
                           html(URLScheme.documentsIndex) { referencePages.documentsIndex($0) },
                           html(URLScheme.charts) { attendancePages.chartsPage(context: $0) },
                           { renderer.result { () throws(DiagnosticsError) in try renderer.homePage(siteMap) } }]
        for session in siteMap.sessions { jobs.append { .success(data.json(session: session)) } }
        for page in homePagination(siteMap).pages.dropFirst() {
            jobs.append(html(URLScheme.home(page: page)) { renderer.home(siteMap, page: page, context: $0) })
        }
        for page in attendancePages.chartsPagination.pages.dropFirst() {
            jobs.append(html(URLScheme.charts(page: page)) { attendancePages.chartsPage(page: page, context: $0) })
        }
        for number in index.citedArticles {
            for page in referencePages.articlePages(number) {
                jobs.append(html(URLScheme.article(number, page: page)) { referencePages.article(number, page: page, context: $0) })
            }
        }
        for page in referencePages.documentsIndexPagination.pages.dropFirst() {
            jobs.append(html(URLScheme.documentsIndex(page: page)) { referencePages.documentsIndex(page: page, $0) })
        }
        for (item, pages) in referencePages.citedItems {
            for page in pages { jobs.append(html(item.path(page)) { referencePages.itemPage(item, page: page, context: $0) }) }
        }
        for order in AttendancePages.Order.allCases {
            for page in attendancePages.tablePagination.pages {
                jobs.append(html(order.path(page: page)) { attendancePages.participantsIndex(order, page: page, context: $0) })
            }
        }
        for participant in attendancePages.participantsWithPages {
            for page in attendancePages.participantPages(participant) {
                jobs.append(html(URLScheme.participant(participant.id, page: page)) { attendancePages.participant(participant, page: page, context: $0) })
            }
        }
        jobs.append(html(URLScheme.glossaryChinese) { glossaryPages.chineseToEnglish($0) })
        jobs.append(html(URLScheme.glossaryEnglish) { glossaryPages.englishToChinese($0) })
        for (entry, pages) in glossaryPages.termPages {
            for page in pages {
                jobs.append(html(URLScheme.glossaryTerm(entry.id, page: page)) { glossaryPages.termPage(entry, page: page, context: $0) })
            }
        }
        jobs.append { .success(glossaryPages.csv) }
        jobs.append { .success(glossaryPages.tbx) }
        jobs.append(html(URLScheme.search) { renderer.searchPage($0) })
        jobs.append {
            var context = renderer.context(URLScheme.notFound, recordLanguage)
            context.linksFromRoot = renderer.publishing.rootPath + renderer.version.folder
            return renderer.result { () throws(DiagnosticsError) in try renderer.page(renderer.notFoundPage(context)) }
        }

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

}
