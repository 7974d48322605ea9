/// The diagnostics a stage found. Stages return one instead of throwing at the first problem,
/// so that an editor sees every problem of a file at once.
public struct DiagnosticLog: Sendable, Hashable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// `log.error("paragraph 30 is numbered twice", at: location, rule: .paragraphNumbering)`
    public mutating func error(_ message: String, at location: SourceLocation, rule: DiagnosticRule) {
        append(.error(message, at: location, rule: rule))
    }

    public mutating func warning(_ message: String, at location: SourceLocation, rule: DiagnosticRule) {
        append(.warning(message, at: location, rule: rule))
    }

    public mutating func merge(_ other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// The diagnostics in a stable order: by file, line, column, then message.
    public var sorted: [Diagnostic] { diagnostics.sorted() }
}

/// Thrown by a stage that cannot go on; carries everything it found.
public struct DiagnosticsError: Error, Sendable {
    public var log: DiagnosticLog
    /// The output could not be written (a full disk, a folder that cannot be written): the build's
    /// write step failed, whatever step was writing at the time.
    public var isWriteFailure = false
    public init(_ log: DiagnosticLog, isWriteFailure: Bool = false) {
        self.log = log
        self.isWriteFailure = isWriteFailure
    }
}
