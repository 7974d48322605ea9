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
    /// `offlineHome` is the home page as the site's ZIP archive holds it (without the link to the archive).
    public func renderSite() throws(BuildFailure) -> (files: [SiteWriter.Entry], pages: Int, sessions: Int, log: DiagnosticLog,
                                                     offlineHome: SiteWriter.Entry?) {
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
        let publishing = Publishing(baseURL: options.baseURL ?? content.site.baseURL, archiveName: options.archivePathInOutput)
        let renderer = SiteRenderer(theme: theme, site: content.site, buildDate: options.buildDate, publishing: publishing)
        let pages: [OutputFile]
        var offlineHome: SiteWriter.Entry?
        do {
            pages = try renderer.render(content, siteMap: siteMap, analyses: analyses, index: index,
                                        attendance: ordered.flatMap(\.participants.attendance),
                                        glossaryOccurrences: ordered.flatMap(\.glossary.occurrences))
            if options.archivePath != nil {
                let offline = SiteRenderer(theme: theme, site: content.site, buildDate: options.buildDate,
                                           publishing: Publishing(baseURL: publishing.baseURL))
                let home = try offline.homePage(content, siteMap: siteMap)
                offlineHome = .data(path: home.path.value, contents: home.contents)
            }
        } catch {
            log.merge(error.log)
            throw BuildFailure(step: .render, log: log)
        }
        var entries = pages.map { SiteWriter.Entry.data(path: $0.path.value, contents: $0.contents) }
        for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
            entries.append(.copy(path: URLScheme.asset(name).value, source: source))
        }
        return (entries, pages.filter { $0.path.value.hasSuffix(".html") }.count, content.sessions.count, log, offlineHome)
    }

    /// Builds and writes the site.
    public func build() throws(BuildFailure) -> BuildResult {
        let start = Date()
        let rendered = try renderSite()
        var files = rendered.files
        var log = rendered.log
        let writer = SiteWriter(outputPath: options.outputPath, protectedPaths: protectedPaths,
                                sourcePaths: [options.contentPath, options.themePath])
        do {
            var archive: Data?
            if let archivePath = options.archivePath {
                archive = try archiveData(of: files, offlineHome: rendered.offlineHome, archivePath: archivePath)
            }
            if let archive, let inside = options.archivePathInOutput {
                files.append(.data(path: inside, contents: archive))
            }
            try writer.write(files)
            if let archive, let archivePath = options.archivePath, options.archivePathInOutput == nil {
                try writeArchive(archive, to: archivePath)
            }
        } catch {
            log.append(error)
            throw BuildFailure(step: .write, log: log)
        }
        return BuildResult(pagesWritten: rendered.pages, filesWritten: files.count, sessions: rendered.sessions,
                           log: log, seconds: Date().timeIntervalSince(start))
    }

    /// The site as a ZIP, its home page without the link to the ZIP itself.
    private func archiveData(of files: [SiteWriter.Entry], offlineHome: SiteWriter.Entry?, archivePath: String) throws(Diagnostic) -> Data {
        let homePath = URLScheme.home.value
        let entries = files.map { entry in entry.path == homePath ? (offlineHome ?? entry) : entry }
        let name = ((archivePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let date = options.buildDate.flatMap { date in
            DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                           year: date.year, month: date.month, day: date.day).date
        }
        do {
            return try SiteArchive(folderName: name.isEmpty ? "site" : name, date: date).data(of: entries)
        } catch {
            throw .error("cannot make the archive: \(error.localizedDescription)", at: SourceLocation(path: archivePath))
        }
    }

    /// Writes an archive that lies outside the output folder, in one rename.
    private func writeArchive(_ data: Data, to path: String) throws(Diagnostic) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .error("cannot write the archive: \(error.localizedDescription)", at: SourceLocation(path: path))
        }
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
