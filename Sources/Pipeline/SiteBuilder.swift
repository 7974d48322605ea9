import Analysis
import Diagnostics
import ContentHashing
import Foundation
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Rendering
import Search
import Writing

/// Builds the site: load → analyse → link → render → write. Nothing is written unless every step
/// succeeds. Sessions are read, analysed and rendered on all cores; with a cache (`BuildOptions.cachePath`)
/// a session whose files and shared inputs are unchanged is taken from the cache and its pages from the
/// previous output (each checked against the output's manifest first), and only the pages across sessions
/// are made again.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    public let fileSystem: FileSystem

    public init(options: BuildOptions, fileSystem: FileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// The site, ready to write.
    public struct RenderedSite: Sendable {
        public var files: [SiteWriter.Entry]
        public var pages: Int
        public var sessions: Int
        /// Sessions read and rendered by this build (the others came from the cache).
        public var sessionsRendered: Int
        public var log: DiagnosticLog
        /// The home pages (one per interface version) as the site's ZIP archive holds them, without the
        /// link to the archive.
        public var offlineHomes: [SiteWriter.Entry]
        /// The output already holds exactly this site: nothing needs writing.
        public var upToDate: Bool
        /// Markdown documents parsed by this build: each session's report and work plan at most once.
        public var documentsParsed = 0
        /// Files of the previous output that were read and hashed to know they are intact, because their
        /// stat differed from the manifest's record (by the up-to-date check and the sessions' reuse).
        public var outputFilesHashed = 0
        /// The manifest to write last, once every file is in place and its record can be made.
        var manifest: BuildManifest?
        /// The previous manifest's records, with the stats of the files this build hashed and found intact:
        /// a file hard-linked from there keeps its hash unread.
        var previousRecords: [String: FileRecord] = [:]
    }

    /// Runs every step up to rendering and returns the files, without writing anything.
    public func renderSite() throws(BuildFailure) -> RenderedSite {
        try renderSite(into: nil)
    }

    /// With `staged`, every file is written into it as soon as it is made, and not kept in memory.
    func renderSite(into staged: StagedSite?) throws(BuildFailure) -> RenderedSite {
        var log = DiagnosticLog()
        let start = Date()
        func trace(_ step: String) {
            if options.traceTimes { FileHandle.standardError.write(Data("[\(Int(Date().timeIntervalSince(start) * 1000)) ms] \(step)\n".utf8)) }
        }

        // load: what is shared, then which sessions there are
        let loader = ContentLoader(contentPath: options.contentPath, fileSystem: fileSystem)
        let shared = loader.loadSharedContent(log: &log)
        let theme = Theme.load(from: options.themePath, log: &log)
        try stopOnErrors(.load, log)
        guard var site = shared?.site, let references = shared?.references, let theme else { throw BuildFailure(step: .load, log: log) }
        if let language = options.uiLanguage {
            site.uiLanguage = language
            site.otherUILanguages = []
        }
        let slugs = loader.sessionSlugs(log: &log)

        // the cache: a key per session; the outcomes of unchanged sessions
        let cache = options.cachePath.map { BuildCache<SessionOutcome>(folder: $0, sharedKey: sharedKey(loader: loader)) }
        // With a cache, each session's files are read once, for its key and (unless cached) for parsing.
        let sessionFiles: [String: SessionFiles] = cache == nil ? [:]
            : Dictionary(uniqueKeysWithValues: slugs.parallelMap { slug in (slug, SessionFiles(slug: slug, loader: loader)) })
        let sessionKeys: [String: String] = cache.map { cache in
            sessionFiles.mapValues { files in sessionKey(files, sharedKey: cache.sharedKey) }
        } ?? [:]
        let previous = cache == nil ? nil : BuildManifest.read(outputPath: options.outputPath)
        let previousOutput = previous?.output(at: options.outputPath)
        var outputFilesHashed = 0
        if let previous, let previousOutput, let cache, previous.shared == cache.sharedKey, previous.archive == options.archivePathInOutput,
           Set(previous.sessions.keys) == Set(slugs), slugs.allSatisfy({ previous.sessions[$0]?.content == sessionKeys[$0] }),
           !log.hasErrors, !(options.strict && log.warningCount > 0) {
            // The inputs are unchanged: the output is up to date if every file it recorded is intact.
            let check = previousOutput.checkAll(previous.files.keys.sorted())
            outputFilesHashed += check.hashed
            if check.intact {
                trace("up to date")
                return RenderedSite(files: [], pages: 0, sessions: slugs.count, sessionsRendered: 0, log: log, offlineHomes: [],
                                    upToDate: true, outputFilesHashed: outputFilesHashed)
            }
            trace("a file of the output differs from the manifest's record")
        }
        let cachedOutcomes: [String: SessionOutcome] = cache.map { cache in
            Dictionary(uniqueKeysWithValues: slugs.parallelMap { slug in (slug, sessionKeys[slug].flatMap { cache.outcome(slug, key: $0) }) }
                .compactMap { slug, outcome in outcome.map { (slug, $0) } })
        } ?? [:]
        trace("keys and cache: \(cachedOutcomes.count) of \(slugs.count) sessions cached")

        // load: the sessions not in the cache, for the site map
        let builder = SessionBuilder(loader: loader, site: site, references: references)
        let toRead = slugs.filter { cachedOutcomes[$0] == nil }
        var sessions: [Session] = []
        var loadDiagnostics: [String: [Diagnostic]] = [:]
        let reads = Dictionary(uniqueKeysWithValues: zip(toRead, toRead.parallelMap { builder.read($0, files: sessionFiles[$0]) }))
        for slug in toRead {
            guard let read = reads[slug] else { continue }
            log.merge(read.log)
            loadDiagnostics[slug] = read.log.diagnostics
            if let session = read.session { sessions.append(session) }
        }
        var documentsParsed = reads.values.reduce(0) { $0 + $1.documentsParsed }
        for slug in slugs {
            guard let outcome = cachedOutcomes[slug] else { continue }
            log.merge(DiagnosticLog(outcome.loadDiagnostics))
            loadDiagnostics[slug] = outcome.loadDiagnostics
            sessions.append(outcome.session)
        }
        sessions.sort(by: ContentLoader.precedes)
        try stopOnErrors(.load, log)
        trace("read \(toRead.count) sessions")

        // link
        let siteMap = SiteMap(sessions: sessions)
        let sessionsBySymbol = ReferenceLinks(sessions: sessions).sessionsBySymbol
        func viewKey(_ outcome: SessionOutcome) -> String {
            SessionView.key(linkedSessions: outcome.linkedSessions,
                            citedSymbols: outcome.mentions.compactMap { mention in
                                if case .document(let symbol) = mention.target { return symbol } else { return nil }
                            },
                            siteMap: siteMap, sessionsBySymbol: sessionsBySymbol)
        }
        let publishing = Publishing(baseURL: options.baseURL ?? site.baseURL, archiveName: options.archivePathInOutput)
        var renderer = SiteRenderer(theme: theme, site: site, buildDate: options.buildDate, publishing: publishing)
        if let previous, let previousOutput, previous.shared == cache?.sharedKey {
            renderer.previousPages = PreviousPages(fingerprints: previous.pages, output: previousOutput)
        }
        var fingerprints: [String: String] = [:]
        var entries: [SiteWriter.Entry] = []
        let outputPath = options.outputPath
        /// A rendered file as an entry to write, or to take from the previous output when it is unchanged.
        @Sendable func entry(_ file: OutputFile) -> SiteWriter.Entry {
            file.isUnchanged ? .reuse(path: file.path.value, source: "\(outputPath)/\(file.path.value)")
                : .data(path: file.path.value, contents: file.contents)
        }
        /// Writes a file into the staged output at once, keeping only what the manifest needs of it.
        @Sendable func written(_ file: OutputFile) -> Result<OutputFile, DiagnosticsError> {
            guard let staged, !file.isWritten else { return .success(file) }
            do {
                try staged.write(entry(file))
            } catch {
                return .failure(DiagnosticsError(DiagnosticLog([error]), isWriteFailure: true))
            }
            return .success(file.written())
        }
        /// Records a file in the manifest and, unless written already, keeps it to write or return.
        func collect(_ file: OutputFile) {
            if let fingerprint = file.fingerprint { fingerprints[file.path.value] = fingerprint }
            if !file.isWritten { entries.append(entry(file)) }
        }
        func add(_ entry: SiteWriter.Entry) throws(BuildFailure) {
            guard let staged else { return entries.append(entry) }
            do {
                try staged.write(entry)
            } catch {
                log.append(error)
                throw BuildFailure(step: .write, log: log)
            }
        }

        // analyse and render the sessions whose pages the previous output does not hold
        var outcomes: [String: SessionOutcome] = [:]
        var views: [String: String] = [:]
        var toBuild: [String] = []
        for session in sessions {
            let slug = session.slug
            // Its pages are taken from the previous output if they were made from the same keys, and are intact.
            guard let outcome = cachedOutcomes[slug], let key = sessionKeys[slug], let previous, let previousOutput,
                  previous.shared == cache?.sharedKey, case let view = viewKey(outcome),
                  previous.sessions[slug] == BuildManifest.SessionKeys(content: key, view: view) else {
                toBuild.append(slug)
                continue
            }
            let check = previousOutput.checkAll(outcome.pages)
            outputFilesHashed += check.hashed
            guard check.intact else {
                toBuild.append(slug)
                continue
            }
            outcomes[slug] = outcome
            views[slug] = view
            for page in outcome.pages {
                try add(.reuse(path: page, source: "\(options.outputPath)/\(page)"))
                fingerprints[page] = previous.pages[page]
            }
        }
        let loadDiagnosticsByBuild = toBuild.map { loadDiagnostics[$0] ?? [] }
        let renderers = [renderer] + renderer.versions.dropFirst().map { renderer.rendering($0) }
        let built = zip(toBuild, loadDiagnosticsByBuild).map { ($0, $1) }.parallelMap { slug, diagnostics -> SessionBuilder.Result in
            let result = builder.build(slug, read: reads[slug], loadDiagnostics: diagnostics, siteMap: siteMap, renderers: renderers)
            guard case .built(let outcome, let files, let parsed) = result else { return result }
            var delivered: [OutputFile] = []
            for file in files {
                switch written(file) {
                case .success(let file): delivered.append(file)
                case .failure(let error): return .failed(.write, error.log)
                }
            }
            return .built(outcome, delivered, documentsParsed: parsed)
        }
        var failedStep: BuildStep?
        for (slug, result) in zip(toBuild, built) {
            switch result {
            case .built(let outcome, let files, let parsed):
                documentsParsed += parsed
                outcomes[slug] = outcome
                views[slug] = viewKey(outcome)
                files.forEach(collect)
                if let key = sessionKeys[slug], cachedOutcomes[slug] == nil { cache?.store(outcome, slug: slug, key: key) }
            case .failed(let step, let failure):
                log.merge(failure)
                failedStep = [failedStep ?? step, step].max { $0.order < $1.order }
            }
        }
        if let failedStep { throw BuildFailure(step: failedStep, log: log) }
        let ordered = sessions.compactMap { outcomes[$0.slug] }
        for outcome in ordered { log.merge(DiagnosticLog(outcome.buildDiagnostics)) }
        try stopOnErrors(.analyse, log)
        cache?.removeStaleEntries()
        trace("rendered \(toBuild.count) sessions")

        // link and render the pages across sessions
        let index = ReferenceIndex(mentions: ordered.flatMap(\.mentions), sessionOrder: sessions.map(\.slug))
        var pages: [OutputFile] = []
        var offlineHomes: [SiteWriter.Entry] = []
        let primaryPages = ordered.flatMap(\.pages).filter { page in
            !renderer.versions.dropFirst().contains { page.hasPrefix($0.folder) }
        }
        do {
            for versionRenderer in renderers {
                let language = versionRenderer.version.language.rawValue
                pages += try versionRenderer.renderSitePages(
                    siteMap: siteMap, references: references, index: index, attendance: ordered.flatMap(\.attendance),
                    glossaryOccurrences: ordered.flatMap(\.glossaryOccurrences),
                    searchDocuments: outcomes.mapValues { $0.searchDocuments[language] ?? [] },
                    sessionPages: primaryPages.map(SitePath.init), deliver: written)
            }
            if options.archivePath != nil {
                // The archive's home pages do not offer the archive they are in.
                let offline = SiteRenderer(theme: theme, site: site, buildDate: options.buildDate,
                                           publishing: Publishing(baseURL: publishing.baseURL))
                for version in offline.versions {
                    let home = try offline.rendering(version).homePage(siteMap).placed(in: version)
                    offlineHomes.append(.data(path: home.path.value, contents: home.contents))
                }
            }
        } catch {
            log.merge(error.log)
            throw BuildFailure(step: error.isWriteFailure ? .write : .render, log: log)
        }
        trace("rendered the pages across sessions")
        pages.forEach(collect)
        for version in renderer.versions {
            for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
                try add(.copy(path: version.place(URLScheme.asset(name)).value, source: source))
            }
        }
        let manifest = cache.map { cache in
            BuildManifest(shared: cache.sharedKey, archive: options.archivePathInOutput,
                          sessions: Dictionary(uniqueKeysWithValues: sessions.compactMap { session in
                              sessionKeys[session.slug].map { key in
                                  (session.slug, BuildManifest.SessionKeys(content: key, view: views[session.slug] ?? ""))
                              }
                          }),
                          pages: fingerprints)
        }
        let pageCount = fingerprints.keys.filter { $0.hasSuffix(".html") }.count
        var rendered = RenderedSite(files: entries, pages: pageCount, sessions: sessions.count, sessionsRendered: toBuild.count,
                                    log: log, offlineHomes: offlineHomes, upToDate: false, outputFilesHashed: outputFilesHashed,
                                    manifest: manifest, previousRecords: previousOutput?.recordsAsChecked ?? [:])
        rendered.documentsParsed = documentsParsed
        return rendered
    }

    /// Builds and writes the site.
    public func build() throws(BuildFailure) -> BuildResult {
        let start = Date()
        var writer = SiteWriter(outputPath: options.outputPath, protectedPaths: protectedPaths,
                                sourcePaths: [options.contentPath, options.themePath])
        writer.lockTimeout = options.lockTimeout
        // Files are written into the staging folder as they are made; the folder is swapped in at the end.
        let staged: StagedSite
        do {
            if let archivePath = options.archivePath, options.archivePathInOutput == nil {
                try writer.checkArchiveDestination(archivePath)
            }
            staged = try writer.stage()
        } catch {
            throw BuildFailure(step: .write, log: DiagnosticLog([error]))
        }
        let rendered: RenderedSite
        do {
            rendered = try renderSite(into: staged)
        } catch {
            staged.discard()
            throw error
        }
        if rendered.upToDate {
            staged.discard()
            return BuildResult(pagesWritten: 0, filesWritten: 0, sessions: rendered.sessions, sessionsRendered: 0,
                               log: rendered.log, seconds: Date().timeIntervalSince(start), upToDate: true,
                               outputFilesHashed: rendered.outputFilesHashed)
        }
        var log = rendered.log
        var filesWritten = 0
        do {
            for entry in rendered.files { try staged.write(entry) }
            if let archivePath = options.archivePath {
                let archive = try archiveData(of: staged.writtenFiles(), offlineHomes: rendered.offlineHomes, archivePath: archivePath)
                if let inside = options.archivePathInOutput {
                    try staged.write(.data(path: inside, contents: archive))
                } else {
                    try writeArchive(archive, to: archivePath)
                }
            }
            filesWritten = staged.writtenFiles().filter { !$0.path.hasPrefix(".") }.count
            if var manifest = rendered.manifest {
                // Last, the record of every file as it is in the staging folder: renaming the folder into
                // place keeps each file's inode, size and modification time.
                manifest.files = FileRecord.records(of: staged.writtenFiles().map(\.path), in: staged.folder,
                                                    previous: rendered.previousRecords)
                try staged.write(.data(path: BuildManifest.fileName, contents: manifest.encoded()))
            }
            try writer.commit(staged)
        } catch {
            staged.discard()
            log.append(error)
            throw BuildFailure(step: .write, log: log)
        }
        var result = BuildResult(pagesWritten: rendered.pages, filesWritten: filesWritten, sessions: rendered.sessions,
                                 sessionsRendered: rendered.sessionsRendered, log: log, seconds: Date().timeIntervalSince(start),
                                 upToDate: false, outputFilesHashed: rendered.outputFilesHashed)
        result.documentsParsed = rendered.documentsParsed
        return result
    }

    /// The site as a ZIP, its home page without the link to the ZIP itself.
    private func archiveData(of files: [SiteWriter.Entry], offlineHomes: [SiteWriter.Entry], archivePath: String) throws(Diagnostic) -> Data {
        let homes = Dictionary(offlineHomes.map { ($0.path, $0) }) { first, _ in first }
        let entries = files.filter { !$0.path.hasPrefix(".") }.map { entry in homes[entry.path] ?? entry }
        let name = ((archivePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let date = options.buildDate.flatMap { date in
            DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                           year: date.year, month: date.month, day: date.day).date
        }
        do {
            return try SiteArchive(folderName: name.isEmpty ? "site" : name, date: date).data(of: entries)
        } catch {
            throw .error("cannot make the archive: \(FileErrorText.describe(error))", at: SourceLocation(path: archivePath), rule: .outputWriteFailed)
        }
    }

    /// Writes an archive that lies outside the output folder, in one rename.
    private func writeArchive(_ data: Data, to path: String) throws(Diagnostic) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .error("cannot write the archive: \(FileErrorText.describe(error))", at: SourceLocation(path: path), rule: .outputWriteFailed)
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
