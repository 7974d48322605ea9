import Diagnostics

/// What a finished build did.
public struct BuildResult: Sendable {
    public let pagesWritten: Int
    public let filesWritten: Int
    public let sessions: Int
    /// Sessions read and rendered by this build; the others came from the cache.
    public let sessionsRendered: Int
    /// Warnings found on the way (a build with errors fails instead).
    public let log: DiagnosticLog
    public let seconds: Double
    /// The output already held this site; nothing was written.
    public let upToDate: Bool
    /// Markdown documents parsed: at most each session's report and work plan once, whatever the number
    /// of interface versions; none for a session taken from the cache.
    public var documentsParsed = 0
    /// Files of the previous output read and hashed to know they are intact before they were trusted,
    /// because their stat differed from the manifest's record. Nought when no file was touched since.
    public let outputFilesHashed: Int
}
