import Diagnostics

/// The ways `rapporteur check --format` prints diagnostics: for people, for tools, and for the CI systems
/// that annotate a pull or merge request with them.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:column: severity: message`, one a line, then a count: the compilers' format.
    case text
    /// `{"diagnostics": [{path, line, column, severity, rule, message}], "errors", "warnings"}`.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
    case github
    /// A SARIF 2.1.0 log (GitHub code scanning and other CI systems ingest it).
    case sarif
    /// A GitLab Code Quality report.
    case gitlab

    /// The whole output for `log`, ending with a line break.
    public func render(_ log: DiagnosticLog) -> String {
        switch self {
        case .text: CompilerStyleText.render(log)
        case .json: DiagnosticJSON.render(log)
        case .github: GitHubWorkflowCommands.render(log)
        case .sarif: SARIFLog.render(log)
        case .gitlab: GitLabCodeQuality.render(log)
        }
    }
}
