import Foundation
import Testing

/// The report is the official record: its text must be the source's, word for word. These tests read the
/// Markdown files as plain text (not through the code under test), remove the Markdown syntax and all
/// white space, and compare with the seed extracted from the PDF, white space removed.
@Suite("End to end: the record's text is verbatim")
struct VerbatimTextTests {
    /// The visible characters of a Markdown line: heading markers, bullet markers and white space removed.
    /// Ordered-list numbers are kept: they are the record's paragraph and item numbers.
    static func visibleText(ofMarkdownLine line: Substring) -> String {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("#") { text = text.drop { $0 == "#" } }
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        return String(text.filter { !$0.isWhitespace })
    }

    /// The front matter's lines and the body's lines of a Markdown file.
    static func split(_ file: String) -> (frontMatter: [Substring], body: [Substring]) {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let closing = lines.indices.dropFirst().first { lines[$0] == "---" } ?? 0
        return (Array(lines[1..<closing]), Array(lines[(closing + 1)...]))
    }

    static func assembledRecord() throws -> String {
        let report = split(try String(contentsOfFile: Repository.report, encoding: .utf8))
        let plan = split(try String(contentsOfFile: Repository.workPlan, encoding: .utf8))
        let title = report.frontMatter.first { $0.hasPrefix("  zh: ") }.map { $0.dropFirst(6) } ?? ""
        let planParagraph = plan.frontMatter.first { $0.hasPrefix("paragraph: ") }.map { String($0.dropFirst(11)) } ?? "?"

        var text = String(title.filter { !$0.isWhitespace })
        var insidePlanParagraph = false
        func insertPlan() {
            text += plan.body.map(visibleText(ofMarkdownLine:)).joined()
            insidePlanParagraph = false
        }
        for line in report.body {
            let startsBlock = line.hasPrefix("#") || line.range(of: "^[0-9]+\\. ", options: .regularExpression) != nil
            if insidePlanParagraph, startsBlock { insertPlan() }
            if line.hasPrefix("\(planParagraph). ") { insidePlanParagraph = true }
            text += visibleText(ofMarkdownLine: line)
        }
        if insidePlanParagraph { insertPlan() }
        return text
    }

    @Test func reportAndWorkPlanEqualTheSourceText() throws {
        let seedPath = Repository.seed
        try #require(FileManager.default.fileExists(atPath: seedPath), "the seed \(seedPath) must sit beside the repository")
        let seed = try String(contentsOfFile: seedPath, encoding: .utf8).filter { !$0.isWhitespace }
        let ours = try Self.assembledRecord()
        let common = zip(seed, ours).prefix { $0 == $1 }.count
        let context = { (text: String) in String(text.dropFirst(max(0, common - 15)).prefix(40)) }
        #expect(ours == seed, "first difference after \(common) characters: source «\(context(seed))» vs ours «\(context(ours))»")
        #expect(seed.count > 10_000)
    }

    @Test func theComparisonCatchesAChangedWord() throws {
        let ours = try Self.assembledRecord()
        let altered = ours.replacingOccurrences(of: "非定罪没收", with: "非定罪没收令")
        let seed = try String(contentsOfFile: Repository.seed, encoding: .utf8).filter { !$0.isWhitespace }
        #expect(altered != seed)
        #expect(Self.visibleText(ofMarkdownLine: "## A. 会议开幕") == "A.会议开幕")
        #expect(Self.visibleText(ofMarkdownLine: "        - (a) 会议开幕；") == "(a)会议开幕；")
    }
}

@Suite("End to end: the pages show the record's text")
struct RenderedTextTests {
    @Test func everyParagraphPageShowsItsMarkdownText() throws {
        let site = try BuiltSite.build()
        let full = try #require(site.pages["sessions/2012-08-asset-recovery-6/full.html"])
        let body = VerbatimTextTests.split(try String(contentsOfFile: Repository.report, encoding: .utf8)).body
        var checked = 0
        for line in body {
            guard let match = line.range(of: "^[0-9]+\\. ", options: .regularExpression) else { continue }
            let number = line[match].dropLast(2)
            let markdownText = String(line[match.upperBound...].filter { !$0.isWhitespace })
            let rendered = try #require(BuiltSite.textOfParagraph("p\(number)", in: full)).filter { !$0.isWhitespace }
            #expect(rendered.hasPrefix(markdownText), "paragraph \(number) renders its text unchanged")
            checked += 1
        }
        #expect(checked == 48)
    }
}
