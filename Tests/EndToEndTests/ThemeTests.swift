import Foundation
import Pipeline
import Testing

@Suite("End to end: themes, interface languages and escaping")
struct ThemeTests {
    @Test func aThemeCanOverrideOneTemplate() throws {
        let theme = try Repository.temporaryFolder().appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "extends: \(Repository.theme)\n".write(to: theme.appendingPathComponent("theme.yml"), atomically: true, encoding: .utf8)
        try "<p class=\"custom-home\">{{siteTitleEn}}</p>\n"
            .write(to: theme.appendingPathComponent("templates/home.mustache"), atomically: true, encoding: .utf8)
        let output = theme.deletingLastPathComponent().appendingPathComponent("Public")
        let options = BuildOptions(contentPath: Repository.content, themePath: theme.path, outputPath: output.path)
        _ = try SiteBuilder(options: options).build()
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<p class=\"custom-home\">Records of the Working Group on Asset Recovery</p>"))
        #expect(home.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"), "the layout still comes from the base theme")
        let chapter = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-1.html"), encoding: .utf8)
        #expect(chapter.contains("class=\"para\" id=\"p1\""))
    }

    @Test func aStringMissingInOneLanguageIsABuildError() throws {
        let theme = try Repository.temporaryFolder().appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try "extends: \(Repository.theme)\n".write(to: theme.appendingPathComponent("theme.yml"), atomically: true, encoding: .utf8)
        try "only_in_chinese: 仅中文\n".write(to: theme.appendingPathComponent("strings/zh.yml"), atomically: true, encoding: .utf8)
        let options = BuildOptions(contentPath: Repository.content, themePath: theme.path,
                                   outputPath: theme.deletingLastPathComponent().appendingPathComponent("Public").path)
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            (error as? BuildFailure)?.log.diagnostics.contains { $0.message == "the string 'only_in_chinese' is missing in 'en'" } == true
        }
    }

    @Test func theDefaultThemeHasEveryStringInBothLanguages() throws {
        func keys(_ language: String) throws -> Set<String> {
            let text = try String(contentsOfFile: "\(Repository.theme)/strings/\(language).yml", encoding: .utf8)
            return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(":") }
                .map { String($0.prefix { $0 != ":" }) })
        }
        let chinese = try keys("zh")
        #expect(chinese == (try keys("en")))
        #expect(chinese.count > 30)
    }

    @Test func theInterfaceCanBeEnglish() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("Public")
        let options = BuildOptions(contentPath: Repository.content, themePath: Repository.theme, outputPath: output.path,
                                   uiLanguage: .en)
        _ = try SiteBuilder(options: options).build()
        let cover = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/index.html"), encoding: .utf8)
        #expect(cover.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(cover.contains("30–31 August 2012"))
        #expect(cover.contains("Not stated in the source"))
        let chapter = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-2.html"), encoding: .utf8)
        #expect(chapter.contains("<article class=\"chapter\" lang=\"zh-Hans\">"), "the record keeps its own language")
        #expect(chapter.contains("paras. 4–16"))
    }

    @Test func frontMatterValuesAreEscaped() throws {
        let content = try BuildSafetyTests.copyOfContentWithoutSource()
        let report = content.appendingPathComponent("sessions/2012-08-asset-recovery-6/report.md")
        var text = try String(contentsOf: report, encoding: .utf8)
        text = text.replacingOccurrences(of: "  en: Vienna", with: "  en: \"<script>alert('venue')</script>\"")
        text = text.replacingOccurrences(of: "# 一. 导言", with: "# 一. 导言<img src=x onerror=alert(1)>")
        try text.write(to: report, atomically: true, encoding: .utf8)
        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        _ = try SiteBuilder(options: BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path)).build()
        let cover = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/index.html"), encoding: .utf8)
        #expect(!cover.contains("<script>"))
        #expect(cover.contains("&lt;script&gt;alert(&#39;venue&#39;)&lt;/script&gt;") || cover.contains("&lt;script&gt;"))
        let chapter = try String(contentsOf: output.appendingPathComponent("sessions/2012-08-asset-recovery-6/chapter-1.html"), encoding: .utf8)
        #expect(!chapter.contains("<img"))
    }
}
