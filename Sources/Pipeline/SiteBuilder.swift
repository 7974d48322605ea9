import Analysis
import Diagnostics
import Foundation
import Linking
import Loading
import Model
import Rendering
import Writing

/// Builds the site: load → link → render → write. Nothing is written unless every step succeeds.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    public let fileSystem: FileSystem

    public init(options: BuildOptions, fileSystem: FileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Runs every step up to rendering and returns the files, without writing anything.
    public func renderSite() throws(BuildFailure) -> (files: [SiteWriter.Entry], pages: Int, sessions: Int, log: DiagnosticLog) {
        var log = DiagnosticLog()

        // load
        let loaded = ContentLoader(contentPath: options.contentPath, fileSystem: fileSystem).load(log: &log)
        let theme = Theme.load(from: options.themePath, log: &log)
        try stopOnErrors(.load, log)
        guard var content = loaded, let theme else { throw BuildFailure(step: .load, log: log) }
        if let language = options.uiLanguage { content.site.uiLanguage = language }

        // analyse
        let analyzer = ReferenceAnalyzer(scanner: ReferenceScanner(registry: content.convention))
        let participantAnalyzer = ParticipantAnalyzer(registry: content.participants, categories: content.attendanceCategories)
        let glossaryAnalyzer = GlossaryAnalyzer(glossary: content.glossary)
        var analyses: [String: SessionAnalysis] = [:]
        for session in content.sessions {
            let references = analyzer.analyse(session, log: &log)
            analyses[session.session.slug] = SessionAnalysis(
                references: references,
                participants: participantAnalyzer.analyse(session, log: &log),
                glossary: glossaryAnalyzer.analyse(session, references: references))
        }
        let ordered = content.sessions.compactMap { analyses[$0.session.slug] }
        try stopOnErrors(.analyse, log)

        // link
        let siteMap = SiteMap(sessions: content.sessions.map(\.session))
        let index = ReferenceIndex(mentions: ordered.flatMap { $0.references.mentions + $0.participants.mentions },
                                   sessionOrder: content.sessions.map(\.session.slug))

        // render
        let renderer = SiteRenderer(theme: theme, site: content.site, buildDate: options.buildDate)
        let pages: [OutputFile]
        do {
            pages = try renderer.render(content, siteMap: siteMap, analyses: analyses, index: index,
                                        attendance: ordered.flatMap(\.participants.attendance),
                                        glossaryOccurrences: ordered.flatMap(\.glossary.occurrences))
        } catch {
            log.merge(error.log)
            throw BuildFailure(step: .render, log: log)
        }
        var entries = pages.map { SiteWriter.Entry.data(path: $0.path.value, contents: $0.contents) }
        for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
            entries.append(.copy(path: URLScheme.asset(name).value, source: source))
        }
        return (entries, pages.filter { $0.path.value.hasSuffix(".html") }.count, content.sessions.count, log)
    }

    /// Builds and writes the site.
    public func build() throws(BuildFailure) -> BuildResult {
        let start = Date()
        let rendered = try renderSite()
        let writer = SiteWriter(outputPath: options.outputPath, protectedPaths: protectedPaths,
                                sourcePaths: [options.contentPath, options.themePath])
        do {
            try writer.write(rendered.files)
        } catch {
            var log = rendered.log
            log.append(error)
            throw BuildFailure(step: .write, log: log)
        }
        return BuildResult(pagesWritten: rendered.pages, filesWritten: rendered.files.count, sessions: rendered.sessions,
                           log: rendered.log, seconds: Date().timeIntervalSince(start))
    }

    /// Folders the output must never replace: the project's root, when the build runs in one.
    var protectedPaths: [String] {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let isProject = ["Package.swift", ".git"].contains { FileManager.default.fileExists(atPath: "\(workingDirectory)/\($0)") }
        return isProject ? [workingDirectory] : []
    }

    private func stopOnErrors(_ step: BuildStep, _ log: DiagnosticLog) throws(BuildFailure) {
        if log.hasErrors || (options.strict && log.warningCount > 0) {
            throw BuildFailure(step: step, log: log)
        }
    }
}
