import Diagnostics

/// `path:line:column: severity: message`, one a line in a stable order, then `N error(s), M warning(s)`.
/// Editors and compilers' problem matchers read it.
enum CompilerStyleText {
    static func render(_ log: DiagnosticLog) -> String {
        let lines = log.sorted.map(\.description) + ["\(log.errorCount) error(s), \(log.warningCount) warning(s)"]
        return lines.joined(separator: "\n") + "\n"
    }
}
