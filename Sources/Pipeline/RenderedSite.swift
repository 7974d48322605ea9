import Diagnostics
import Incremental
import Writing

extension SiteBuilder {
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
}
