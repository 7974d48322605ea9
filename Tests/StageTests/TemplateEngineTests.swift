import Templates
import Testing

/// The theme's template engine: Mustache as the theme's original renderer read it (standalone lines,
/// partial indentation, lookups up the stack), rendering typed views encoded as `TemplateValue`s.
@Suite("Templates: parsing and rendering")
struct TemplateEngineTests {
    private func library(_ templates: [String: String]) throws -> TemplateLibrary {
        var library = TemplateLibrary()
        for (name, source) in templates { library.register(try Template(name: name, path: "templates/\(name).mustache", source: source)) }
        return library
    }

    private func render(_ source: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        try library(partials.merging(["page": source]) { first, _ in first }).render(value, template: "page") ?? "<missing>"
    }

    @Test func standaloneSectionLinesLeaveNoTrace() throws {
        let source = "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n"
        let value = TemplateValue.object(["items": .list([.object(["name": .text("甲")]), .object(["name": .text("乙")])])])
        #expect(try render(source, value) == "<ul>\n  <li>甲</li>\n  <li>乙</li>\n</ul>\n")
    }

    @Test func inlineSectionsKeepTheirLine() throws {
        let value = TemplateValue.object(["flag": .flag(true), "off": .flag(false)])
        #expect(try render("a {{#flag}}b{{/flag}}{{#off}}c{{/off}}{{^off}}d{{/off}} e\n", value) == "a bd e\n")
    }

    @Test func sectionsOverListsFlagsObjectsAndAbsentValues() throws {
        let value = TemplateValue.object([
            "empty": .list([]), "object": .object(["inner": .text("里")]), "text": .text("字"), "zero": .number(0),
        ])
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}", value) == "none")
        #expect(try render("{{#object}}{{inner}}{{/object}}", value) == "里")
        #expect(try render("{{#missing}}x{{/missing}}{{^missing}}absent{{/missing}}", value) == "absent")
        #expect(try render("{{#text}}[{{.}}]{{/text}}{{#zero}}({{.}}){{/zero}}", value) == "[字](0)")
    }

    @Test func namesAreLookedUpTheStackAndThroughDots() throws {
        let value = TemplateValue.object([
            "title": .text("外"), "s": .object(["home": .text("首页")]),
            "rows": .list([.object(["name": .text("内")]), .object(["name": .text("内二"), "title": .text("自己的")])]),
        ])
        #expect(try render("{{#rows}}{{name}}:{{title}}:{{s.home}};{{/rows}}", value) == "内:外:首页;内二:自己的:首页;")
    }

    @Test func valuesAreEscapedUnlessTripled() throws {
        let value = TemplateValue.object(["html": .text("<b>\"&'</b>")])
        #expect(try render("{{html}}|{{{html}}}|{{&html}}", value) == "&lt;b&gt;&quot;&amp;&#39;&lt;/b&gt;|<b>\"&'</b>|<b>\"&'</b>")
    }

    @Test func aStandalonePartialIsIndentedLikeItsTag() throws {
        let partials = ["item": "<p>\n{{text}}\n</p>\n"]
        let output = try render("<div>\n  {{> item}}\n</div>\n", .object(["text": .text("正文")]), partials: partials)
        #expect(output == "<div>\n  <p>\n  正文\n  </p>\n</div>\n")
    }

    @Test func aPartialThatIncludesItselfStopsAndIsReported() throws {
        var library = TemplateLibrary()
        library.register(try Template(name: "page", path: "t/page.mustache", source: "{{> loop}}"))
        library.register(try Template(name: "loop", path: "t/loop.mustache", source: "x{{> loop}}"))
        #expect(library.render(.object([:]), template: "page") == String(repeating: "x", count: 16))
        let problems = library.problems(in: "page", schema: .object([:]), viewName: "Page")
        #expect(problems.map(\.path) == ["t/loop.mustache"])
        #expect(problems.first?.message.contains("does 'loop' include itself?") == true)
    }

    @Test func commentsAndMissingPartialsAreSilent() throws {
        #expect(try render("a\n{{! a note }}\nb{{> nowhere}}\n", .object([:])) == "a\nb\n")
    }

    @Test(arguments: [
        ("{{#open}}never closed", 1),
        ("line\n{{/stray}}", 2),
        ("{{#a}}{{/b}}", 1),
        ("{{=<% %>=}}", 1),
        ("{{ }}", 1),
    ])
    func malformedTemplatesAreErrorsWithTheirLine(source: String, line: Int) {
        #expect {
            _ = try Template(name: "bad", path: "bad.mustache", source: source)
        } throws: { error in
            (error as? TemplateSyntaxError)?.line == line
        }
    }
}

@Suite("Templates: typed views, their schemas and the names templates use")
struct TemplateViewTests {
    struct Row: Codable, Equatable {
        var label: String
        var href: String?
    }

    struct Page: Codable, Equatable {
        var title: String
        var count: Int
        var shown: Bool
        var rows: [Row]
        var next: Row?
        var s: [String: String]
    }

    @Test func aViewEncodesToTheValuesItsTemplateReads() throws {
        let page = Page(title: "标题", count: 3, shown: true, rows: [Row(label: "甲", href: "a.html"), Row(label: "乙", href: nil)],
                        next: nil, s: ["home": "首页"])
        let value = try TemplateValueEncoder.encode(page)
        #expect(value == .object([
            "title": .text("标题"), "count": .number(3), "shown": .flag(true),
            "rows": .list([.object(["label": .text("甲"), "href": .text("a.html")]), .object(["label": .text("乙")])]),
            "s": .object(["home": .text("首页")]),
        ]))
    }

    @Test func theSchemaOfAViewHasItsOptionalMembersAndItsListsElements() throws {
        let schema = try TemplateSchema.of(Page.self)
        let row = TemplateSchema.object(["label": .scalar, "href": .scalar], optional: ["href"])
        #expect(schema == .object(["title": .scalar, "count": .scalar, "shown": .scalar, "rows": .list(row), "next": row, "s": .map],
                                  optional: ["next"]))
    }

    @Test func aTemplateNamingWhatItsViewLacksIsReportedAtItsLine() throws {
        var library = TemplateLibrary()
        library.register(try Template(name: "page", path: "t/page.mustache",
                                      source: "<h1>{{title}}</h1>\n{{#rows}}{{label}}{{href}}{{colour}}{{/rows}}\n{{#next}}{{href}}{{/next}}{{s.anything}}\n{{> row}}\n"))
        library.register(try Template(name: "row", path: "t/row.mustache", source: "\n{{subtitle}}\n"))
        let problems = library.problems(in: "page", schema: try TemplateSchema.of(Page.self), viewName: "Page")
        #expect(problems == [
            TemplateProblem(path: "t/page.mustache", line: 2, message: "the template names 'colour', which its view (Page) does not have"),
            TemplateProblem(path: "t/row.mustache", line: 2, message: "the template names 'subtitle', which its view (Page) does not have"),
        ])
    }
}
