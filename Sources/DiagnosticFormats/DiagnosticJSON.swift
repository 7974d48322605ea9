import Diagnostics

/// Diagnostics as JSON for tools:
/// `{"diagnostics": [{path, line, column, severity, rule, message}], "errors", "warnings"}`.
enum DiagnosticJSON {
    struct Entry: Encodable {
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let rule: String
        let message: String
    }

    struct Document: Encodable {
        let diagnostics: [Entry]
        let errors: Int
        let warnings: Int
    }

    static func render(_ log: DiagnosticLog) -> String {
        SortedJSON.encode(Document(
            diagnostics: log.sorted.map {
                Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column,
                      severity: $0.severity.rawValue, rule: $0.rule.id, message: $0.message)
            },
            errors: log.errorCount, warnings: log.warningCount))
    }
}
