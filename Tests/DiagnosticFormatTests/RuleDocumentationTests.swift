import Diagnostics
import Foundation
import Testing

/// The README lists every rule id, and nothing else, in "Diagnostics and their rule ids".
@Suite("Diagnostic rules: documented")
struct RuleDocumentationTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// The ids in the first column of the README's table of rules.
    static func documentedIDs() throws -> [String] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let start = text.range(of: "### Diagnostics and their rule ids") else { return [] }
        let section = text[start.upperBound...]
        let end = section.range(of: "\n### ")?.lowerBound ?? section.endIndex
        return section[..<end].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `"), let close = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<close])
        }
    }

    @Test func everyRuleIsDocumentedOnceAndNothingElseIs() throws {
        let documented = try Self.documentedIDs()
        let ids = DiagnosticRule.allCases.map(\.id)
        for id in ids {
            #expect(documented.filter { $0 == id }.count == 1, "rule '\(id)' is not in the README's table (or is there twice)")
        }
        for id in documented {
            #expect(DiagnosticRule(rawValue: id) != nil, "the README lists '\(id)', which is no rule")
        }
    }

    @Test func idsAreLowercaseWordsJoinedByHyphensAndEachHasASummary() {
        for rule in DiagnosticRule.allCases {
            #expect(rule.id.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression) != nil, "\(rule.id)")
            #expect(!rule.summary.isEmpty)
        }
    }

    @Test func theRulesForTheSourceTextAndTheYAMLLimitsExist() {
        let ids = Set(DiagnosticRule.allCases.map(\.id))
        for id in ["text-not-verbatim", "source-missing", "source-invalid", "identifier-invalid",
                   "identifier-duplicate", "yaml-limits", "yaml-key"] {
            #expect(ids.contains(id), "\(id)")
        }
    }
}
