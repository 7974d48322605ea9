import Diagnostics

/// GitHub Actions workflow commands, one a diagnostic: `::error file=…,line=…,col=…,title=…::message`
/// (`::warning`, `::notice` for notes). GitHub shows each as an annotation on the line of the pull
/// request's diff; the title is the rule id. Paths are printed as given: run `check` from the
/// repository's root with the default, relative, folders. The count follows as an ordinary line.
public enum GitHubWorkflowCommands {
    static func render(_ log: DiagnosticLog) -> String {
        let commands = log.sorted.map(command)
        let count = "\(log.errorCount) error(s), \(log.warningCount) warning(s)"
        return (commands + [count]).joined(separator: "\n") + "\n"
    }

    static func command(_ diagnostic: Diagnostic) -> String {
        let name = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let properties = [
            "file=\(escapeProperty(diagnostic.location.path))",
            "line=\(diagnostic.location.line)",
            "col=\(diagnostic.location.column)",
            "title=\(escapeProperty(diagnostic.rule.id))",
        ]
        return "::\(name) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    /// A command's message: `%`, CR and LF are percent-encoded, as GitHub's toolkit does (`escapeData`).
    public static func escapeData(_ text: String) -> String {
        percentEncode(text, also: [])
    }

    /// A property's value: also `:` and `,`, which would end it (`escapeProperty`).
    public static func escapeProperty(_ text: String) -> String {
        percentEncode(text, also: [":", ","])
    }

    private static func percentEncode(_ text: String, also extra: Set<Unicode.Scalar>) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "\r" || scalar == "\n" || extra.contains(scalar) {
                escaped += PercentEncoding.escape(UInt8(scalar.value))
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
