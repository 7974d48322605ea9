import DiagnosticFormats
import Diagnostics
import Foundation
import Testing

/// A SARIF result's location is a URI: relative paths stay relative to `%SRCROOT%`, absolute ones become
/// `file://` URIs, and every character a URI cannot hold as it is gets percent-encoded.
@Suite("Diagnostic formats: SARIF locations")
struct SARIFLocationTests {
    static func artifactLocation(of path: String) throws -> [String: String] {
        let log = DiagnosticLog([.error("m", at: SourceLocation(path: path, line: 2, column: 3), rule: .linkBroken)])
        let sarif = try JSONSerialization.jsonObject(with: Data(DiagnosticFormat.sarif.render(log).utf8)) as? [String: Any]
        let result = try #require(((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return try #require(physical?["artifactLocation"] as? [String: String])
    }

    @Test(arguments: [
        ("Content/sessions/2012-08-asset-recovery-6/report.md", "Content/sessions/2012-08-asset-recovery-6/report.md"),
        ("Content/会议 报告.md", "Content/%E4%BC%9A%E8%AE%AE%20%E6%8A%A5%E5%91%8A.md"),
        ("a%b#c?d[e].md", "a%25b%23c%3Fd%5Be%5D.md"),
    ])
    func relativePaths(_ path: String, _ uri: String) throws {
        #expect(try Self.artifactLocation(of: path) == ["uri": uri, "uriBaseId": "%SRCROOT%"])
    }

    @Test func absolutePathsAreFileURIs() throws {
        #expect(try Self.artifactLocation(of: "/tmp/my content/report.md") == ["uri": "file:///tmp/my%20content/report.md"])
    }

    @Test func everyRuleIsDescribedInItsOrderAndResultsPointAtTheirRule() throws {
        let log = DiagnosticLog([.warning("w", at: SourceLocation(path: "r.md"), rule: .participantUnknown)])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticFormat.sarif.render(log).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == DiagnosticRule.allCases.map(\.id))
        #expect(rules.map { ($0["shortDescription"] as? [String: String])?["text"] } == DiagnosticRule.allCases.map(\.summary))
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleIndex"] as? Int == DiagnosticRule.allCases.firstIndex(of: .participantUnknown))
        #expect(result["level"] as? String == "warning")
    }
}
