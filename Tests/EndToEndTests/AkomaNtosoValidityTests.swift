import AkomaNtoso
import Foundation
import Pipeline
import Testing

/// The AKN files are valid Akoma Ntoso 3.0: the real site's, the fixture with a symbol's, a generated
/// archive's and a hostile session's, against the OASIS schema with xmllint; and a broken file is rejected.
@Suite("End to end: Akoma Ntoso validity")
struct AkomaNtosoValidityTests {
    static let slug = "2012-08-asset-recovery-6"
    static let fixtureSlug = "2013-08-asset-recovery-7"

    @Test("the real site's AKN files and the fixture's (with a symbol) are valid against the schema")
    func realSiteIsValid() throws {
        let site = try BuiltSite.build(content: try PublishingTests.twoSessions())
        let files = try AKNFile.files(in: site.folder)
        #expect(files.map(\.path) == ["sessions/\(Self.slug)/report.akn.xml", "sessions/\(Self.fixtureSlug)/report.akn.xml"])
        let log = AKNSchemaValidator(schemaPath: AKNFile.schema).validate(files)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics.map(\.description))")

        let real = try AKNFile(site.folder.appendingPathComponent("sessions/\(Self.slug)/report.akn.xml"))
        #expect(try real.elements("debateReport").count == 1)
        #expect(try real.value("FRBRuri", "value") == "/akn/un/debateReport/2012-08-31/\(Self.slug)")
        #expect(try real.value("FRBRlanguage", "language") == "zho")
        #expect(try real.elements("docNumber").isEmpty, "the 2012 report's text states no symbol")
        #expect(try real.elements("FRBRnumber").isEmpty)
        let workPlan = try #require(try real.elements("component").first)
        #expect(workPlan.attributeValue("eId") == AKNEIds.workPlan)
        #expect(try real.elements("componentRef").first?.attributeValue("src") == "#\(AKNEIds.workPlan)")

        let fixture = try AKNFile(site.folder.appendingPathComponent("sessions/\(Self.fixtureSlug)/report.akn.xml"))
        #expect(try fixture.elements("docNumber").first?.stringValue == "CAC/COSP/WG.2/2013/4")
        #expect(try fixture.value("FRBRnumber", "value") == "CAC/COSP/WG.2/2013/4")
        #expect(try fixture.value("FRBRthis", "value") == "/akn/un/debateReport/2013-08-30/cac-cosp-wg-2-2013-4/!main")
        #expect(try fixture.elements("component").isEmpty, "no work plan, no component")
    }

    @Test("every AKN file of a generated archive of 10 sessions is valid")
    func generatedArchiveIsValid() throws {
        let site = try BuiltSite.build(content: try GeneratedArchive.make(sessions: 10).path)
        let files = try AKNFile.files(in: site.folder)
        #expect(files.count == 10)
        let log = AKNSchemaValidator(schemaPath: AKNFile.schema).validate(files)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics.prefix(5).map(\.description))")
    }

    @Test("a broken AKN file is rejected at its path and line; so is one that is not well-formed")
    func brokenFileIsRejected() throws {
        let site = try BuiltSite.build()
        let path = "sessions/\(Self.slug)/report.akn.xml"
        let valid = try String(contentsOf: site.folder.appendingPathComponent(path), encoding: .utf8)
        var lines = valid.components(separatedBy: "\n")
        let mainBody = try #require(lines.firstIndex(of: "<mainBody>"))
        lines.insert("<notAnAKNElement/>", at: mainBody + 1)
        let validator = AKNSchemaValidator(schemaPath: AKNFile.schema)
        let broken = validator.validate([(path, Data(lines.joined(separator: "\n").utf8))])
        #expect(broken.errorCount >= 1)
        let first = try #require(broken.diagnostics.first)
        #expect(first.location.path == path)
        #expect(first.location.line == mainBody + 2, "xmllint's line of the element that does not belong")
        #expect(first.message.contains("notAnAKNElement"))

        let truncated = validator.validate([(path, Data(valid.prefix(valid.count / 2).utf8))])
        #expect(truncated.hasErrors)
        #expect(truncated.diagnostics.allSatisfy { $0.location.path == path })
    }

    @Test("check --akn-schema: clean with the OASIS schema; with a schema that rejects the files, errors at their lines and exit 1")
    func checkCommand() throws {
        let clean = try CommandRun.run(["check", "--akn-schema", AKNFile.schema])
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.hasSuffix("0 error(s), 0 warning(s)\n"), "\(clean.output)")

        let folder = try Repository.temporaryFolder()
        let other = folder.appendingPathComponent("other.xsd")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="\(AKNReport.namespace)">
        <xsd:element name="somethingElse" type="xsd:string"/>
        </xsd:schema>
        """.write(to: other, atomically: true, encoding: .utf8)
        let rejected = try CommandRun.run(["check", "--akn-schema", other.path])
        #expect(rejected.status == 1)
        #expect(rejected.output.contains("sessions/\(Self.slug)/report.akn.xml:2:1: error: "), "\(rejected.output)")

        let missing = try CommandRun.run(["check", "--akn-schema", folder.appendingPathComponent("none.xsd").path])
        #expect(missing.status == 1)
        #expect(missing.output.contains("does not exist"))
    }

    @Test("values from content are escaped, repeated labels get unique eIds: a hostile session's AKN file is valid")
    func hostileSessionIsValid() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let folder = content.appendingPathComponent("sessions/2013-08-asset-recovery-7")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var report = try String(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"), encoding: .utf8)
        report = report.replacingOccurrences(of: "  zh: 测试用第二届会议报告", with: "  zh: \"<script>alert('x')</script> & ]]> \\u0001\"")
            .replacingOccurrences(of: "symbol: CAC/COSP/WG.2/2013/4", with: "symbol: \"CAC/COSP/WG.2/2013/4\\\"<&\"")
            .replacingOccurrences(of: "2. 工作组还讨论了第五十七条第 3 款。",
                                  with: "## A. 二\n\n2. 工作组 <b>讨论</b> & ]]> [x](javascript:alert(1)) [y](#p1) `<code>` \u{7}。")
            .replacingOccurrences(of: "1. 工作组回顾了", with: "## A. 一\n\n1. 工作组回顾了")
        try report.write(to: folder.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        let site = try BuiltSite.build(content: content.path)
        let files = try AKNFile.files(in: site.folder)
        let log = AKNSchemaValidator(schemaPath: AKNFile.schema).validate(files)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics.map(\.description))")
        let xml = String(decoding: try #require(files.last).contents, as: UTF8.self)
        #expect(!xml.contains("<script>") && !xml.contains("<b>") && !xml.contains("javascript:"))
        #expect(xml.contains("<a href=\"#para_1\">y</a>"), "a link to a paragraph of the record points at its eId")
        #expect(xml.contains("<section eId=\"chp_1__sec_a\">") && xml.contains("<section eId=\"chp_1__sec_a-2\">"), "two sections A")
    }
}
