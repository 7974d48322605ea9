import Foundation
import Pipeline
import Testing

/// The theme contract: every template the site needs, each naming only what its view offers. A theme
/// that breaks it is refused when it loads, with the template's path, before any page is made.
@Suite("End to end: the theme contract is checked when the theme loads")
struct ThemeContractTests {
    /// A theme folder with a copy of the default theme's files, changed by `change`.
    private func theme(_ name: String, _ change: (URL) throws -> Void) throws -> URL {
        let theme = try Repository.temporaryFolder(name).appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.theme), to: theme)
        try change(theme.appendingPathComponent("templates"))
        return theme
    }

    private func failure(building theme: URL) throws -> BuildFailure? {
        let options = BuildOptions(contentPath: Repository.content, themePath: theme.path,
                                   outputPath: theme.deletingLastPathComponent().appendingPathComponent("Public").path)
        do {
            _ = try SiteBuilder(options: options).build()
            return nil
        } catch {
            #expect(!FileManager.default.fileExists(atPath: options.outputPath), "nothing is written")
            return error
        }
    }

    @Test(arguments: ["article", "chapter-body", "mention-groups", "layout"])
    func aMissingTemplateIsAnErrorNamingItsFile(template: String) throws {
        let theme = try theme("missing-\(template)") { templates in
            try FileManager.default.removeItem(at: templates.appendingPathComponent("\(template).mustache"))
        }
        let failure = try #require(try failure(building: theme))
        #expect(failure.step == .load)
        let diagnostic = try #require(failure.log.diagnostics.first { $0.message == "the theme has no template '\(template).mustache'" })
        #expect(diagnostic.location.path.hasSuffix("theme/templates/\(template).mustache"))
    }

    @Test func aNameTheViewLacksIsAnErrorAtTheTemplatesLine() throws {
        let theme = try theme("unknown-name") { templates in
            let paragraph = templates.appendingPathComponent("paragraph.mustache")
            let text = try String(contentsOf: paragraph, encoding: .utf8)
            try (text + "{{paragraphColour}}\n").write(to: paragraph, atomically: true, encoding: .utf8)
        }
        let failure = try #require(try failure(building: theme))
        let lines = try String(contentsOf: theme.appendingPathComponent("templates/paragraph.mustache"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLine = try #require(lines.firstIndex { $0.contains("paragraphColour") }) + 1
        let problems = failure.log.diagnostics.filter { $0.message.contains("'paragraphColour'") }
        // The partial is included by the chapter page and the full report, with their views.
        #expect(Set(problems.map(\.message)) == [
            "the template names 'paragraphColour', which its view (Merged<ChapterBodyView, ChapterPageFields>) does not have",
            "the template names 'paragraphColour', which its view (FullReportPageView) does not have",
        ])
        #expect(problems.allSatisfy { $0.location.path.hasSuffix("templates/paragraph.mustache") && $0.location.line == expectedLine })
    }

    @Test func optionalMembersOfAViewMayBeNamed() throws {
        // `official` is there only when the report's symbol is known; naming it is part of the contract.
        let theme = try theme("optional-name") { templates in
            let session = templates.appendingPathComponent("session.mustache")
            let text = try String(contentsOf: session, encoding: .utf8)
            try (text + "{{#official}}{{#versions}}{{lang}}{{/versions}}{{/official}}{{symbol}}\n").write(to: session, atomically: true, encoding: .utf8)
        }
        #expect(try failure(building: theme) == nil)
    }

    @Test func aTemplateThatDoesNotParseIsAnErrorAtItsLine() throws {
        let theme = try theme("unparsable") { templates in
            try "<h1>{{title}}</h1>\n{{#sessions}}\n".write(to: templates.appendingPathComponent("home.mustache"), atomically: true, encoding: .utf8)
        }
        let failure = try #require(try failure(building: theme))
        let diagnostic = try #require(failure.log.diagnostics.first { $0.message.hasPrefix("the template does not parse") })
        #expect(diagnostic.location.path.hasSuffix("templates/home.mustache"))
        #expect(diagnostic.message.contains("'sessions' is not closed"))
    }
}
