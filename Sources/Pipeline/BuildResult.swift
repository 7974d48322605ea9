import Diagnostics

/// What a finished build did.
public struct BuildResult: Sendable {
    public let pagesWritten: Int
    public let filesWritten: Int
    public let sessions: Int
    /// Warnings found on the way (a build with errors fails instead).
    public let log: DiagnosticLog
    public let seconds: Double
}
