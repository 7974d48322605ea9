import Analysis
import Diagnostics
import Foundation
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Rendering
import Writing

/// One build, step by step (`SiteBuilder.renderSite` runs them in order): what each step found is kept
/// here for the next. Each step is a method of its own, named by the `BuildStep` its failures carry.
struct BuildRun {
    let options: BuildOptions
    let loader: ContentLoader
    let site: SiteConfiguration
    let references: ReferenceData
    let theme: Theme
    let slugs: [String]
    var log: DiagnosticLog
    private let startedAt = Date()

    // The cache and the previous output (`BuildRun+Reuse`).
    let cache: BuildCache<SessionOutcome>?
    let sessionFiles: [String: SessionFiles]
    let sessionKeys: [String: String]
    let previous: BuildManifest?
    let previousOutput: PreviousOutput?
    var cachedOutcomes: [String: SessionOutcome] = [:]
    var outputFilesHashed = 0

    // The sessions (`BuildRun+Sessions`).
    var reads: [String: SessionBuilder.Read] = [:]
    var loadDiagnostics: [String: [Diagnostic]] = [:]
    var sessions: [Session] = []
    var outcomes: [String: SessionOutcome] = [:]
    /// What each session's pages show of other sessions, for the manifest.
    var views: [String: String] = [:]
    var sessionsRendered = 0
    var documentsParsed = 0

    // The output (`BuildRun+SitePages`).
    var output: OutputCollector
    var offlineHomes: [SiteWriter.Entry] = []

    /// The load step's first part: the shared content, the theme, which sessions there are, and each
    /// session's cache key (its files read once, for the key and for parsing).
    static func start(options: BuildOptions, fileSystem: FileSystem, staged: StagedSite?) throws(BuildFailure) -> BuildRun {
        var log = DiagnosticLog()
        let loader = ContentLoader(contentPath: options.contentPath, fileSystem: fileSystem)
        let shared = loader.loadSharedContent(log: &log)
        let theme = Theme.load(from: options.themePath, log: &log)
        try stop(.load, log, options: options)
        guard var site = shared?.site, let references = shared?.references, let theme else { throw BuildFailure(step: .load, log: log) }
        if let language = options.uiLanguage {
            site.uiLanguage = language
            site.otherUILanguages = []
        }
        let slugs = loader.sessionSlugs(log: &log)
        let keys = InputKeys(options: options, fileSystem: fileSystem)
        let cache = options.cachePath.map { BuildCache<SessionOutcome>(folder: $0, sharedKey: keys.sharedKey(loader: loader)) }
        let files: [String: SessionFiles] = cache == nil ? [:]
            : Dictionary(uniqueKeysWithValues: slugs.parallelMap { slug in (slug, SessionFiles(slug: slug, loader: loader)) })
        let previous = cache == nil ? nil : BuildManifest.read(outputPath: options.outputPath)
        return BuildRun(options: options, loader: loader, site: site, references: references, theme: theme, slugs: slugs, log: log,
                        cache: cache, sessionFiles: files,
                        sessionKeys: cache.map { cache in files.mapValues { keys.sessionKey($0, sharedKey: cache.sharedKey) } } ?? [:],
                        previous: previous, previousOutput: previous?.output(at: options.outputPath),
                        output: OutputCollector(staged: staged, outputPath: options.outputPath))
    }

    /// Fails the build in `step` when the log has errors (or, with `--strict`, warnings).
    static func stop(_ step: BuildStep, _ log: DiagnosticLog, options: BuildOptions) throws(BuildFailure) {
        if log.hasErrors || (options.strict && log.warningCount > 0) {
            throw BuildFailure(step: step, log: log)
        }
    }

    func stopOnErrors(_ step: BuildStep) throws(BuildFailure) {
        try Self.stop(step, log, options: options)
    }

    /// Fails the build in `step` with `error` added to the log.
    func fail(_ step: BuildStep, _ error: Diagnostic) -> BuildFailure {
        var log = log
        log.append(error)
        return BuildFailure(step: step, log: log)
    }

    /// With `--trace-times`, how long the build has taken so far, and what it has done.
    func trace(_ step: String) {
        guard options.traceTimes else { return }
        FileHandle.standardError.write(Data("[\(Int(Date().timeIntervalSince(startedAt) * 1000)) ms] \(step)\n".utf8))
    }
}
