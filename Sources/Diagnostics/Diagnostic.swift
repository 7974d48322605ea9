/// A problem found in the content or the theme, reported the way compilers do:
/// `path:line:column: error: message`. Every diagnostic names its kind (`rule`), which the formats for
/// CI (GitHub annotations, SARIF, GitLab Code Quality) report; there is no way to make one without it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible, Error, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var rule: DiagnosticRule

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, rule: DiagnosticRule) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
    }

    public static func error(_ message: String, at location: SourceLocation, rule: DiagnosticRule) -> Diagnostic {
        Diagnostic(.error, at: location, message, rule: rule)
    }

    public static func warning(_ message: String, at location: SourceLocation, rule: DiagnosticRule) -> Diagnostic {
        Diagnostic(.warning, at: location, message, rule: rule)
    }

    /// The compiler-style line, with anything from content that could act on a terminal made visible.
    public var description: String { DiagnosticText.visible("\(location): \(severity.rawValue): \(message)") }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
