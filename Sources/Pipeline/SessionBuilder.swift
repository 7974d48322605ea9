import Analysis
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Rendering
import Search
import Verification

/// Builds one session from its folder: read and parse it once (`read`), then, once the site map is
/// known, analyse it once, resolve its links once and render its pages in every interface version from
/// that one parse (`build`). The parsed text is never changed, and never in two threads at once.
struct SessionBuilder: Sendable {
    let loader: ContentLoader
    let site: SiteConfiguration
    let references: ReferenceData
    let referenceAnalyzer: ReferenceAnalyzer
    let participantAnalyzer: ParticipantAnalyzer
    let glossaryAnalyzer: GlossaryAnalyzer

    init(loader: ContentLoader, site: SiteConfiguration, references: ReferenceData) {
        self.loader = loader
        self.site = site
        self.references = references
        referenceAnalyzer = ReferenceAnalyzer(scanner: ReferenceScanner(registry: references.convention))
        participantAnalyzer = ParticipantAnalyzer(registry: references.participants, categories: references.attendanceCategories)
        glossaryAnalyzer = GlossaryAnalyzer(glossary: references.glossary)
    }

    /// What the read step gives: the session's model for the site map, the diagnostics of reading it, and
    /// the parsed session waiting for the render step.
    struct Read: Sendable {
        let session: Session?
        let log: DiagnosticLog
        let parked: ParkedSession
        /// Markdown documents parsed (the report, and the work plan when there is one).
        let documentsParsed: Int
    }

    /// Reads and parses the session, from `files` when the build has read them already (for its cache key).
    func read(_ slug: String, files: SessionFiles?) -> Read {
        var log = DiagnosticLog()
        var reader = loader
        if let files { reader.fileSystem = files.overlaying(loader.fileSystem) }
        let loaded = reader.loadSession(slug: slug, site: site, log: &log)
        // The text is compared once the session reads cleanly: a numbering or structure error is reported
        // alone, not again as the place where the text parts from its source.
        if let loaded, !log.hasErrors { VerbatimCheck.verify(loaded, log: &log) }
        let session = loaded?.session
        let parsed = loaded.map { $0.workPlan == nil ? 1 : 2 } ?? 0
        return Read(session: session, log: log, parked: ParkedSession(loaded), documentsParsed: parsed)
    }

    /// What `build` gives: the session's outcome and pages, or the diagnostics that stopped it.
    enum Result: Sendable {
        case built(SessionOutcome, [OutputFile], documentsParsed: Int)
        /// Analysis, linking or rendering found errors (their diagnostics, with the step).
        case failed(BuildStep, DiagnosticLog)
    }

    /// Analyses, links and renders the session read by `read` (or, for a session the build took from its
    /// cache but must render again, reads it now). `loadDiagnostics` are those of reading it, reported once.
    func build(_ slug: String, read: Read?, loadDiagnostics: [Diagnostic], siteMap: SiteMap, renderers: [SiteRenderer]) -> Result {
        var ignored = DiagnosticLog()
        let fresh = read?.parked.take()
        guard let loaded = fresh ?? loader.loadSession(slug: slug, site: site, log: &ignored) else {
            return .failed(.load, DiagnosticLog(loadDiagnostics))
        }
        let parsedNow = fresh == nil ? (loaded.workPlan == nil ? 1 : 2) : 0
        var log = DiagnosticLog()
        let analysis = analyse(loaded, log: &log)
        if log.hasErrors { return .failed(.analyse, log) }
        let links = RecordLinks(loaded, resolver: RecordLinkResolver(siteMap: siteMap, slug: slug), log: &log)
        if log.hasErrors { return .failed(.link, log) }
        var files: [OutputFile] = []
        var searchDocuments: [String: [SearchDocument]] = [:]
        for renderer in renderers {
            do {
                let rendered = try renderer.renderSession(loaded, analysis: analysis, links: links, siteMap: siteMap, references: references)
                files += rendered.files
                searchDocuments[renderer.version.language.rawValue] = rendered.searchDocuments
            } catch {
                log.merge(error.log)
                return .failed(.render, log)
            }
        }
        let outcome = SessionOutcome(
            session: loaded.session, mentions: analysis.references.mentions + analysis.participants.mentions,
            attendance: analysis.participants.attendance, glossaryOccurrences: analysis.glossary.occurrences,
            searchDocuments: searchDocuments, pages: files.map(\.path.value), linkedSessions: links.linkedSessions,
            loadDiagnostics: loadDiagnostics, buildDiagnostics: log.diagnostics)
        return .built(outcome, files, documentsParsed: parsedNow)
    }

    /// The analyse step: references, participants and terms, as values.
    private func analyse(_ loaded: LoadedSession, log: inout DiagnosticLog) -> SessionAnalysis {
        let references = referenceAnalyzer.analyse(loaded, log: &log)
        let participants = participantAnalyzer.analyse(loaded, log: &log)
        return SessionAnalysis(references: references, participants: participants,
                               glossary: glossaryAnalyzer.analyse(loaded, references: references))
    }
}
