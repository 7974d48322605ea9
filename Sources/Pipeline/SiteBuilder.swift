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

    /// Runs every step up to rendering and returns the files, without writing anything.
    public func renderSite() throws(BuildFailure) -> RenderedSite {
        try renderSite(into: nil)
    }

    /// With `staged`, every file is written into it as soon as it is made, and not kept in memory.
    /// The steps, in order: load (shared content, theme, keys; then the sessions not in the cache), the
    /// previous output's reuse, analyse + link + render for each session, link + render across sessions,
    /// and the assets; each names itself in the failure it throws.
    func renderSite(into staged: StagedSite?) throws(BuildFailure) -> RenderedSite {
        var run = try BuildRun.start(options: options, fileSystem: fileSystem, staged: staged)
        if let upToDate = run.upToDateSite() { return upToDate }
        run.takeCachedOutcomes()
        let builder = SessionBuilder(loader: run.loader, site: run.site, references: run.references)
        try run.readSessions(with: builder)
        let siteMap = SiteMap(sessions: run.sessions)
        let viewKeys = SessionViewKeys(siteMap: siteMap)
        let renderers = run.renderers()
        let toBuild = try run.reuseUnchangedSessions(views: viewKeys)
        try run.buildSessions(toBuild, with: builder, siteMap: siteMap, renderers: renderers, views: viewKeys)
        try run.renderSitePages(siteMap: siteMap, renderers: renderers)
        try run.copyAssets(versions: renderers[0].versions)
        return run.finished()
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

    /// Folders the output must never replace: the project's root, when the build runs in one.
    var protectedPaths: [String] {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let isProject = ["Package.swift", ".git"].contains { FileManager.default.fileExists(atPath: "\(workingDirectory)/\($0)") }
        return isProject ? [workingDirectory] : []
    }
}
