import Analysis
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Rendering
import Search
import Verification

/// Builds one session from its folder: read, analyse, render its own pages. Everything it parses stays on
/// the thread that runs it; what it returns is plain values.
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

    /// Reads the session for the site map: its model and the diagnostics of reading it.
    func read(_ slug: String) -> (session: Session?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let loaded = loader.loadSession(slug: slug, site: site, log: &log)
        // The text is compared once the session reads cleanly: a numbering or structure error is reported
        // alone, not again as the place where the text parts from its source.
        if let loaded, !log.hasErrors { VerbatimCheck.verify(loaded, log: &log) }
        return (loaded?.session, log)
    }

    /// The sessions the session's files link to.
    private func linkedSessions(_ slug: String) -> [String] {
        loader.sessionFiles(slug).filter { $0.hasSuffix(".md") }.flatMap { path -> [String] in
            guard let data = try? loader.fileSystem.readFile(path) else { return [] }
            return SessionView.linkedSessions(in: String(decoding: data, as: UTF8.self))
        }
    }

    /// What `build` gives: the session's outcome and pages, or the diagnostics that stopped it.
    enum Result: Sendable {
        case built(SessionOutcome, [OutputFile])
        /// Analysis or rendering found errors (their diagnostics, with the step).
        case failed(BuildStep, DiagnosticLog)
    }

    /// Reads, analyses and renders the session. `loadDiagnostics` are those of `read` (reading again
    /// finds the same ones, and they are reported once).
    /// `renderers` make the session's pages in each interface version of the site.
    func build(_ slug: String, loadDiagnostics: [Diagnostic], siteMap: SiteMap, renderers: [SiteRenderer]) -> Result {
        // Rendering annotates the parsed text in place, so each interface version reads and analyses the
        // session anew (the analyses are the same: the first one's are kept).
        var first: (loaded: LoadedSession, analysis: SessionAnalysis, log: DiagnosticLog)?
        var files: [OutputFile] = []
        var searchDocuments: [String: [SearchDocument]] = [:]
        for renderer in renderers {
            var ignored = DiagnosticLog()
            guard let loaded = loader.loadSession(slug: slug, site: site, log: &ignored) else {
                return .failed(.load, DiagnosticLog(loadDiagnostics))
            }
            var log = DiagnosticLog()
            let references = referenceAnalyzer.analyse(loaded, log: &log)
            let participants = participantAnalyzer.analyse(loaded, log: &log)
            let analysis = SessionAnalysis(references: references, participants: participants,
                                           glossary: glossaryAnalyzer.analyse(loaded, references: references))
            if log.hasErrors { return .failed(.analyse, log) }
            do {
                let rendered = try renderer.renderSession(loaded, analysis: analysis, siteMap: siteMap, references: self.references)
                files += rendered.files
                searchDocuments[renderer.version.language.rawValue] = rendered.searchDocuments
            } catch {
                log.merge(error.log)
                return .failed(.render, log)
            }
            if first == nil { first = (loaded, analysis, log) }
        }
        guard let (loaded, analysis, log) = first else { return .failed(.render, DiagnosticLog()) }
        let references = analysis.references, participants = analysis.participants
        let outcome = SessionOutcome(
            session: loaded.session, mentions: references.mentions + participants.mentions, attendance: participants.attendance,
            glossaryOccurrences: analysis.glossary.occurrences, searchDocuments: searchDocuments,
            pages: files.map(\.path.value), linkedSessions: linkedSessions(slug),
            loadDiagnostics: loadDiagnostics, buildDiagnostics: log.diagnostics)
        return .built(outcome, files)
    }
}
