import ContentHashing
import Diagnostics

/// A GitLab Code Quality report: a JSON array with, for each diagnostic, `description`, `check_name`
/// (the rule id), `fingerprint`, `severity` and `location.path` / `location.lines.begin`. GitLab shows
/// it in the merge request's widget and on the diff (`artifacts:reports:codequality`).
enum GitLabCodeQuality {
    struct Issue: Encodable {
        let description: String
        let checkName: String
        let fingerprint: String
        let severity: String
        let location: Location

        enum CodingKeys: String, CodingKey {
            case description
            case checkName = "check_name"
            case fingerprint, severity, location
        }
    }

    struct Location: Encodable {
        let path: String
        let lines: Lines
    }

    struct Lines: Encodable { let begin: Int }

    static func render(_ log: DiagnosticLog) -> String {
        SortedJSON.encode(log.sorted.map { diagnostic in
            Issue(description: diagnostic.message, checkName: diagnostic.rule.id,
                  fingerprint: fingerprint(diagnostic), severity: severity(diagnostic.severity),
                  location: Location(path: diagnostic.location.path, lines: Lines(begin: diagnostic.location.line)))
        })
    }

    /// Errors are `major` (they stop the build), warnings `minor`, notes `info`.
    static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }

    /// The same for the same finding on every run, and different for two findings of one report: the
    /// hash of the rule, the place and the message (GitLab compares a merge request's findings with its
    /// target branch's by it).
    static func fingerprint(_ diagnostic: Diagnostic) -> String {
        var hash = ContentHash()
        for part in [diagnostic.rule.id, diagnostic.location.description, diagnostic.message] {
            hash.add(part)
        }
        return hash.hex
    }
}
