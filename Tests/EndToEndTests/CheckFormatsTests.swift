import Diagnostics
import Foundation
import Testing

/// `rapporteur check --format github|sarif|gitlab` on one content with several errors and warnings, in a
/// folder whose name holds `%`, `,` and `:`, with a message that holds CR, LF and all three: each format
/// is read back independently and compared, field by field, with the JSON format and with what the
/// content is known to hold.
@Suite("End to end: check's formats for CI")
struct CheckFormatsTests {
    struct Finding: Equatable, CustomStringConvertible {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var message: String
        var description: String { "\(path):\(line):\(column): \(severity) [\(rule)] \(message.debugDescription)" }
    }

    static let contentName = "Con%t,e:nt"
    static let report = "\(contentName)/sessions/2012-08-asset-recovery-6/report.md"
    static let oddLink = "odd%:,\r\nname"

    /// A working folder holding the broken content, and the findings it must give.
    static func brokenContent() throws -> (folder: URL, expected: [Finding]) {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent(contentName)
        try FileManager.default.copyItem(atPath: Repository.content, toPath: content.path)
        let reportFile = folder.appendingPathComponent(report)
        var lines = try String(contentsOf: reportFile, encoding: .utf8).components(separatedBy: "\n")
        let meeting = try #require(lines.firstIndex(of: "meeting: 6"))
        lines.insert("\"chair\\r\\n%:,\": 阿根廷", at: meeting + 1)
        let start = try #require(lines.firstIndex { $0.hasPrefix("  start: ") })
        lines[start] = "  start: 2012-02-30"
        let paragraph25 = try #require(lines.firstIndex { $0.hasPrefix("25. ") })
        lines[paragraph25] = "26. " + lines[paragraph25].dropFirst(4)
        let paragraph26 = try #require(lines[(paragraph25 + 1)...].firstIndex { $0.hasPrefix("26. ") })
        try lines.joined(separator: "\n").write(to: reportFile, atomically: true, encoding: .utf8)
        for name in [oddLink, "plain-link"] {
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("sessions/\(name)").path,
                                                       withDestinationPath: "/nonexistent")
        }
        let sessions = "\(contentName)/sessions"
        let expected = [
            Finding(path: report, line: meeting + 2, column: 1, severity: "error", rule: "key-unknown",
                    message: "unknown key 'chair\r\n%:,'; expected one of: title, body, meeting, dates, venue, language, symbol, source"),
            Finding(path: report, line: start + 1, column: 10, severity: "error", rule: "date-invalid",
                    message: "'start' must be a real date written YYYY-MM-DD, not '2012-02-30'"),
            Finding(path: report, line: paragraph25 + 1, column: 1, severity: "error", rule: "paragraph-numbering",
                    message: "paragraph 26 follows paragraph 24: paragraph 25 is missing"),
            Finding(path: report, line: paragraph26 + 1, column: 1, severity: "error", rule: "paragraph-numbering",
                    message: "paragraph 26 is numbered twice; the first is at line \(paragraph25 + 1)"),
            Finding(path: "\(sessions)/\(oddLink)", line: 1, column: 1, severity: "warning", rule: "symbolic-link",
                    message: "'\(oddLink)' is a symbolic link; the build does not follow links, so it is left out"),
            Finding(path: "\(sessions)/plain-link", line: 1, column: 1, severity: "warning", rule: "symbolic-link",
                    message: "'plain-link' is a symbolic link; the build does not follow links, so it is left out"),
        ]
        return (folder, expected)
    }

    static func check(_ format: String, in folder: URL) throws -> CommandRun {
        let run = try CommandRun.run(["check", "--content", contentName, "--theme", Repository.theme, "--format", format], in: folder)
        #expect(run.status == 1, "\(format): \(run.errors)")
        return run
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The findings of the JSON format, the reference the others are compared with.
    static func findingsOfJSON(in folder: URL) throws -> [Finding] {
        let document = try #require(try json(try check("json", in: folder).output) as? [String: Any])
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        return try entries.map { entry in
            Finding(path: try #require(entry["path"] as? String), line: try #require(entry["line"] as? Int),
                    column: try #require(entry["column"] as? Int), severity: try #require(entry["severity"] as? String),
                    rule: try #require(entry["rule"] as? String), message: try #require(entry["message"] as? String))
        }
    }

    @Test func jsonHoldsEveryExpectedFindingWithItsRule() throws {
        let (folder, expected) = try Self.brokenContent()
        let findings = try Self.findingsOfJSON(in: folder)
        for finding in expected {
            #expect(findings.contains(finding), "missing: \(finding)\nall: \(findings)")
        }
    }

    @Test func githubPrintsOneEscapedWorkflowCommandPerFinding() throws {
        let (folder, expected) = try Self.brokenContent()
        let reference = try Self.findingsOfJSON(in: folder)
        let output = try Self.check("github", in: folder).output
        var lines = output.components(separatedBy: "\n")
        #expect(lines.removeLast() == "")
        let count = lines.removeLast()
        #expect(count == "\(reference.filter { $0.severity == "error" }.count) error(s), \(reference.filter { $0.severity == "warning" }.count) warning(s)")
        #expect(lines.count == reference.count, "one line per finding, no line break left in a message:\n\(output)")
        let read = try lines.map(Self.readWorkflowCommand)
        #expect(read == reference)

        // The escaping itself, on the finding that needs every kind of it.
        #expect(lines.contains("::error file=Con%25t%2Ce%3Ant/sessions/2012-08-asset-recovery-6/report.md,line=\(expected[0].line),col=1,"
                               + "title=key-unknown::unknown key 'chair%0D%0A%25:,'; expected one of: title, body, meeting, dates, venue, language, symbol, source"))
        #expect(lines.contains("::warning file=Con%25t%2Ce%3Ant/sessions/odd%25%3A%2C%0D%0Aname,line=1,col=1,title=symbolic-link::"
                               + "'odd%25:,%0D%0Aname' is a symbolic link; the build does not follow links, so it is left out"))
        #expect(lines.contains { $0.hasPrefix("::error file=Con%25t%2Ce%3Ant/sessions/2012-08-asset-recovery-6/report.md,line=\(expected[1].line),col=10,title=date-invalid::") })
    }

    /// `::severity key=value,…::message` read back the way the runner reads it: properties split at `,`
    /// and `=`, then every `%XX` decoded.
    static func readWorkflowCommand(_ line: String) throws -> Finding {
        try #require(line.hasPrefix("::"), "\(line)")
        let body = line.dropFirst(2)
        let separator = try #require(body.range(of: "::"), "\(line)")
        let head = body[..<separator.lowerBound]
        let message = String(body[separator.upperBound...])
        let command = String(head.prefix { $0 != " " })
        var properties: [String: String] = [:]
        for pair in head.dropFirst(command.count + 1).split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            try #require(parts.count == 2, "\(line)")
            properties[parts[0]] = try #require(parts[1].removingPercentEncoding)
        }
        #expect(Set(properties.keys) == ["file", "line", "col", "title"])
        let severity = ["error": "error", "warning": "warning", "notice": "note"][command]
        return Finding(path: try #require(properties["file"]), line: try #require(Int(properties["line"] ?? "")),
                       column: try #require(Int(properties["col"] ?? "")), severity: try #require(severity),
                       rule: try #require(properties["title"]), message: try #require(message.removingPercentEncoding))
    }

    @Test func gitlabWritesACodeQualityIssuePerFinding() throws {
        let (folder, _) = try Self.brokenContent()
        let reference = try Self.findingsOfJSON(in: folder)
        let output = try Self.check("gitlab", in: folder).output
        let issues = try #require(try Self.json(output) as? [[String: Any]])
        #expect(issues.count == reference.count)
        var fingerprints: [String] = []
        for (issue, finding) in zip(issues, reference) {
            #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
            #expect(issue["description"] as? String == finding.message)
            #expect(issue["check_name"] as? String == finding.rule)
            #expect(issue["severity"] as? String == ["error": "major", "warning": "minor", "note": "info"][finding.severity])
            let location = issue["location"] as? [String: Any]
            #expect(location?["path"] as? String == finding.path)
            #expect((location?["lines"] as? [String: Any])?["begin"] as? Int == finding.line)
            let fingerprint = try #require(issue["fingerprint"] as? String)
            #expect(fingerprint.range(of: "^[0-9a-f]{16}$", options: .regularExpression) != nil)
            fingerprints.append(fingerprint)
        }
        #expect(Set(fingerprints).count == fingerprints.count, "each finding has its own fingerprint")
        #expect(try Self.check("gitlab", in: folder).output == output, "the same report on every run")
    }

    @Test func sarifHasTheToolItsRulesAndAResultPerFinding() throws {
        let (folder, _) = try Self.brokenContent()
        let reference = try Self.findingsOfJSON(in: folder)
        let log = try #require(try Self.json(try Self.check("sarif", in: folder).output) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "rapporteur")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == DiagnosticRule.allCases.map(\.id))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == reference.count)
        for (result, finding) in zip(results, reference) {
            #expect(result["ruleId"] as? String == finding.rule)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule)
            #expect(result["level"] as? String == finding.severity)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = physical?["artifactLocation"] as? [String: Any]
            #expect((artifact?["uri"] as? String)?.removingPercentEncoding == finding.path)
            #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
            let region = physical?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == finding.line)
            #expect(region?["startColumn"] as? Int == finding.column)
        }
    }

    @Test func theSARIFLogValidatesAgainstTheSchemaAndABrokenOneDoesNot() throws {
        try Checkers.requireInstalled()
        let (folder, _) = try Self.brokenContent()
        let text = try Self.check("sarif", in: folder).output
        let file = folder.appendingPathComponent("check.sarif")
        try Data(text.utf8).write(to: file)
        let valid = try Checkers.run(Checkers.validateJSON, [Checkers.sarifSchema.path, file.path])
        #expect(valid.status == 0 && valid.output == "valid\n", "\(valid.output)")

        // The same log with a level SARIF does not have, without the tool's name, and with a path that is
        // not a URI (its `%` left as it is).
        let broken = text.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
            .replacingOccurrences(of: "\"name\" : \"rapporteur\",", with: "")
            .replacingOccurrences(of: "\"uri\" : \"Con%25t", with: "\"uri\" : \"Con%t")
        #expect(broken != text)
        let brokenFile = folder.appendingPathComponent("broken.sarif")
        try Data(broken.utf8).write(to: brokenFile)
        let rejected = try Checkers.run(Checkers.validateJSON, [Checkers.sarifSchema.path, brokenFile.path])
        #expect(rejected.status == 1)
        #expect(rejected.output.contains("'fatal' is not one of"), "\(rejected.output)")
        #expect(rejected.output.contains("'name' is a required property"), "\(rejected.output)")
        #expect(rejected.output.contains("is not a 'uri-reference'"), "\(rejected.output)")
    }
}
