import Foundation
import Loading
import Pipeline
import Testing

/// Broken and hostile content gives diagnostics, never a crash, a hang or a damaged site.
@Suite("End to end: hostile and broken input")
struct HostileInputTests {
    static let slug = "2012-08-asset-recovery-6"

    static func reportURL(_ content: URL) -> URL {
        content.appendingPathComponent("sessions/\(slug)/report.md")
    }

    @Test func scriptInjectionInEveryChannelIsNeutralised() throws {
        let content = try BuildSafetyTests.copyOfContentWithoutSource()
        var report = try String(contentsOf: Self.reportURL(content), encoding: .utf8)
        report = report
            .replacingOccurrences(of: "  zh: 维也纳", with: "  zh: \"\\\"><script>alert('venue')</script>\"")
            .replacingOccurrences(of: "  en: Vienna", with: "  en: \"<svg onload=alert(1)>\"")
            .replacingOccurrences(of: "（阿根廷）。", with: """
            （阿根廷）。<script>alert(1)</script><img src=x onerror=alert(2)>[甲](javascript:alert(3))[乙](JaVaScRiPt:alert(4))\
            ![丙](javascript:alert(5))<javascript:alert(6)>[丁](data:text/html;base64,PHNjcmlwdD4=)<a href="javascript:alert(7)">戊</a>
            """)
        try report.write(to: Self.reportURL(content), atomically: true, encoding: .utf8)
        let plan = content.appendingPathComponent("sessions/\(Self.slug)/work-plan.md")
        let planText = try String(contentsOf: plan, encoding: .utf8)
            .replacingOccurrences(of: "  en: Multi-year workplan for the period 2012–2015", with: "  en: \"</title><script>alert(8)</script>\"")
        try planText.write(to: plan, atomically: true, encoding: .utf8)
        let site = content.appendingPathComponent("site.yml")
        let siteText = try String(contentsOf: site, encoding: .utf8)
            .replacingOccurrences(of: "  en: Records of the Working Group on Asset Recovery", with: "  en: \"<iframe src=javascript:alert(9)>\"")
        try siteText.write(to: site, atomically: true, encoding: .utf8)

        let glossary = content.appendingPathComponent("glossary.yml")
        let glossaryText = try String(contentsOf: glossary, encoding: .utf8)
            .replacingOccurrences(of: "    en: non-conviction-based confiscation\n", with: "    en: \"non-conviction<img src=x onerror=alert(10)>\"\n")
            .replacingOccurrences(of: "      en: Confiscation of the proceeds", with: "      en: <script>alert(11)</script> Confiscation of the proceeds")
            .replacingOccurrences(of: "convention_form: {zh: 双重犯罪,", with: "convention_form: {zh: \"双重犯罪<script>alert(13)</script>\",")
        try glossaryText.write(to: glossary, atomically: true, encoding: .utf8)
        let participants = content.appendingPathComponent("reference/participants.yml")
        let participantsText = try String(contentsOf: participants, encoding: .utf8)
            .replacingOccurrences(of: "      en: Afghanistan", with: "      en: \"Afghanistan<script>alert(12)</script>\"")
            .replacingOccurrences(of: "    title: General Assembly resolution 67/19", with: "    title: <img src=x onerror=alert(14)> General Assembly resolution 67/19")
        try participantsText.write(to: participants, atomically: true, encoding: .utf8)
        let articles = content.appendingPathComponent("reference/articles.yml")
        let articlesText = try String(contentsOf: articles, encoding: .utf8)
            .replacingOccurrences(of: "    title: \"UNODC, SHERLOC", with: "    title: \"<script>alert(15)</script>UNODC, SHERLOC")
        try articlesText.write(to: articles, atomically: true, encoding: .utf8)

        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        let options = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path, uiLanguage: .en)
        _ = try SiteBuilder(options: options).build()
        var checked: Set<String> = []
        let tbx = try String(contentsOf: output.appendingPathComponent("data/glossary.tbx"), encoding: .utf8)
        #expect(!tbx.contains("<script>") && tbx.contains("&lt;script&gt;alert(11)"), "the TBX escapes its values")
        for case let relative as String in FileManager.default.enumerator(atPath: output.path) ?? .init() where relative.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(relative), encoding: .utf8)
            checked.insert(relative)
            // The search page's two scripts are ours (the index and search.js), and the term card script on
            // pages with glossary terms; no other script anywhere.
            let scripts = html.lowercased().components(separatedBy: "<script").count - 1
            let termCard = html.matches(of: /<script src="(\.\.\/)*assets\/term-card\.js"><\/script>/).count
            #expect(termCard <= 1 && scripts == (relative == "search.html" ? 2 : termCard), "\(relative)")
            // The theme's bar charts are the only SVG: each opens as the chart does, and nothing else does.
            let svgs = html.lowercased().components(separatedBy: "<svg").dropFirst()
            #expect(svgs.allSatisfy { $0.hasPrefix(" class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewbox=") }, "\(relative)")
            #expect(!html.lowercased().contains("<iframe"), "\(relative)")
            #expect(html.range(of: "<[^>]*(href|src)=\"?\\s*javascript:", options: [.regularExpression, .caseInsensitive]) == nil, "\(relative)")
            #expect(!html.contains("data:text/html"), "\(relative)")
            // Inside tags, with quoted attribute values removed, no attribute is an event handler.
            let tags = html.matches(of: /<[a-zA-Z][^>]*>/).map { String($0.output).replacing(/"[^"]*"/, with: "\"\"") }
            #expect(!tags.contains { $0.contains(/\son[a-z]+=/) }, "\(relative): event handler attribute")
        }
        // Every page that shows one of the payloads was among those checked.
        let payloadPages: Set = ["index.html", "sessions/\(Self.slug)/index.html", "sessions/\(Self.slug)/chapter-2.html",
                                 "sessions/\(Self.slug)/chapter-3.html", "sessions/\(Self.slug)/full.html", "sessions/\(Self.slug)/work-plan.html",
                                 "sessions/\(Self.slug)/attendance.html", "glossary/index.html", "glossary/en.html",
                                 "participants/pse.html", "articles/57.html", "search.html", "404.html"]
        #expect(payloadPages.isSubset(of: checked), "\(payloadPages.subtracting(checked))")
        #expect(try String(contentsOf: output.appendingPathComponent("glossary/index.html"), encoding: .utf8).contains("non-conviction&lt;img"))
        #expect(try String(contentsOf: output.appendingPathComponent("glossary/index.html"), encoding: .utf8).contains("双重犯罪&lt;script&gt;alert(13)"))
        #expect(try String(contentsOf: output.appendingPathComponent("participants/pse.html"), encoding: .utf8).contains("&lt;img src=x onerror=alert(14)&gt;"))
        #expect(try String(contentsOf: output.appendingPathComponent("articles/57.html"), encoding: .utf8).contains("&lt;script&gt;alert(15)"))
    }

    @Test func deepNestingIsRenderedWithoutRecursion() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let quotes = String(repeating: "> ", count: 10_000) + "引文\n"
        let lists = String(repeating: "- ", count: 10_000) + "层\n"
        let report = try String(contentsOf: Self.reportURL(content), encoding: .utf8)
            + "\n49. 深层引用：\n\n" + quotes.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            + "\n\n50. 深层列表：\n\n" + lists.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
            + "\n" + quotes + "\n" + lists
        try report.write(to: Self.reportURL(content), atomically: true, encoding: .utf8)
        let run = try CommandRun.run(["check", "--content", content.path])
        #expect(run.status == 1, "the top-level nesting is outside a paragraph: an error, not a crash")
        #expect(run.output.contains("text outside a numbered paragraph"))
        #expect(!run.output.contains("paragraph 49"))
    }

    @Test func aYAMLBombIsHarmless() throws {
        let content = try BuildSafetyTests.copyOfContent()
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let name = "l\(level)"
            let previous = level == 1 ? "a" : "l\(level - 1)"
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let report = try String(contentsOf: Self.reportURL(content), encoding: .utf8)
            .replacingOccurrences(of: "language: zh-Hans\n", with: "language: zh-Hans\n" + bomb)
        try report.write(to: Self.reportURL(content), atomically: true, encoding: .utf8)
        let started = Date()
        let run = try CommandRun.run(["check", "--content", content.path])
        #expect(run.status == 1)
        #expect(run.output.contains("error: too many aliases (*name): 81 where at most 25 are read"), "\(run.output)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let sessions = content.appendingPathComponent("sessions")
        try FileManager.default.createSymbolicLink(atPath: sessions.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: sessions.appendingPathComponent("outside").path, withDestinationPath: "/etc")
        let run = try CommandRun.run(["check", "--content", content.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("sessions/loop:1:1: warning: 'loop' is a symbolic link"))
        #expect(run.output.contains("sessions/outside:1:1: warning: 'outside' is a symbolic link"))

        try FileManager.default.removeItem(at: Self.reportURL(content))
        try FileManager.default.createSymbolicLink(atPath: Self.reportURL(content).path, withDestinationPath: "/etc/passwd")
        let linked = try CommandRun.run(["check", "--content", content.path])
        #expect(linked.status == 1)
        #expect(linked.output.contains("report.md:1:1: error: the file is a symbolic link"))
    }

    @Test func brokenFilesAreDiagnosedByName() throws {
        let content = try BuildSafetyTests.copyOfContent()
        var bytes = [UInt8](try Data(contentsOf: Self.reportURL(content)))
        bytes.insert(0xC3, at: 200)
        try Data(bytes).write(to: Self.reportURL(content))
        let invalid = try CommandRun.run(["check", "--content", content.path])
        #expect(invalid.status == 1)
        #expect(invalid.output.contains("report.md:") && invalid.output.contains("is not valid UTF-8 (byte offset 200)"))

        try Data().write(to: Self.reportURL(content))
        let empty = try CommandRun.run(["check", "--content", content.path])
        #expect(empty.status == 1)
        #expect(empty.output.contains("report.md:1:1: error: the report has no front matter"))

        try Data().write(to: content.appendingPathComponent("site.yml"))
        let emptySite = try CommandRun.run(["check", "--content", content.path])
        #expect(emptySite.output.contains("site.yml:1:1: error: missing required key 'title'"))
    }

    @Test func aFileThatVanishesOrCannotBeReadIsADiagnostic() {
        let files = ["C/site.yml": "title:\n  zh: 站\n  en: Site\n", "C/sessions/s/report.md": "---\n---\n"]
        let memory = FileSystem.memory(files)
        let vanishing = FileSystem(
            readFile: { path in
                guard !path.hasSuffix("report.md") else { throw CocoaError(.fileReadNoPermission) }
                return try memory.readFile(path)
            },
            contentsOfDirectory: memory.contentsOfDirectory, isDirectory: memory.isDirectory, fileExists: memory.fileExists)
        var log = DiagnosticLogBox()
        _ = ContentLoader(contentPath: "C", fileSystem: vanishing).load(log: &log.log)
        #expect(log.log.diagnostics.map(\.location.path) == ["C/sessions/s/report.md"])
        #expect(log.log.diagnostics.first?.message.hasPrefix("cannot read the file") == true)
    }

    @Test func anUnwritableOutputIsAnIOFailure() throws {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let run = try CommandRun.run(["build", "--output", file.appendingPathComponent("Public").path])
        #expect(run.status == 2)
        #expect(run.errors.contains("Not a directory"), "\(run.errors)")
        #expect(run.errors.contains("nothing was written"))
    }
}

import Diagnostics

struct DiagnosticLogBox {
    var log = DiagnosticLog()
}
