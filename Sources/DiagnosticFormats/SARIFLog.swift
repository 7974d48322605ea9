import Diagnostics

/// A SARIF 2.1.0 log (OASIS): one run of `rapporteur check`, with every rule of `DiagnosticRule` in the
/// tool's description (so a rule's index never changes) and one result a diagnostic, located in its
/// file (relative to the folder `check` ran in, `%SRCROOT%`), line and column. Columns count Unicode
/// characters. GitHub code scanning (`github/codeql-action/upload-sarif`) and other CI systems ingest it.
enum SARIFLog {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"

    struct Log: Encodable {
        let schema = SARIFLog.schema
        let version = "2.1.0"
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let columnKind = "unicodeCodePoints"
        let originalUriBaseIds = [SARIFLog.sourceRoot: BaseLocation()]
        let results: [Result]
    }

    struct BaseLocation: Encodable {
        let description = Text(text: "the folder rapporteur check ran in (the repository's root)")
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name = "rapporteur"
        let rules: [Rule]
    }

    struct Rule: Encodable {
        let id: String
        let shortDescription: Text
    }

    struct Text: Encodable { let text: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
    }

    struct Location: Encodable { let physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
    }

    static func render(_ log: DiagnosticLog) -> String {
        let rules = DiagnosticRule.allCases
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let results = log.sorted.map { diagnostic in
            Result(
                ruleId: diagnostic.rule.id,
                ruleIndex: index[diagnostic.rule] ?? 0,
                level: level(diagnostic.severity),
                message: Text(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: artifactLocation(diagnostic.location.path),
                    region: Region(startLine: diagnostic.location.line, startColumn: diagnostic.location.column)))])
        }
        let driver = Driver(rules: rules.map { Rule(id: $0.id, shortDescription: Text(text: $0.summary)) })
        return SortedJSON.encode(Log(runs: [Run(tool: Tool(driver: driver), results: results)]))
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative path stays relative to `%SRCROOT%`; an absolute one becomes a `file://` URI. Either way
    /// every character but letters, digits, `-._~` and `/` is percent-encoded, so the URI is valid.
    static func artifactLocation(_ path: String) -> ArtifactLocation {
        if path.hasPrefix("/") {
            return ArtifactLocation(uri: "file://" + URIPath.encode(path), uriBaseId: nil)
        }
        return ArtifactLocation(uri: URIPath.encode(path), uriBaseId: sourceRoot)
    }
}
