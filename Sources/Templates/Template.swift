/// A theme template, parsed: Mustache's text, `{{name}}`, `{{{name}}}`/`{{&name}}`, sections
/// `{{#name}}…{{/name}}`, inverted sections `{{^name}}…{{/name}}`, partials `{{> name}}` and comments,
/// with Mustache's rules for standalone lines (a line holding only a section tag, a partial or a comment
/// leaves no trace; a standalone partial is indented like its tag).
public struct Template: Sendable {
    public let name: String
    /// The file it was read from, for diagnostics.
    public let path: String
    let nodes: [TemplateNode]

    public init(name: String, path: String, source: String) throws(TemplateSyntaxError) {
        self.name = name
        self.path = path
        var parser = TemplateParser(source)
        nodes = try parser.parseAll()
    }
}

/// A piece of a parsed template. `line` is where its tag starts in the file, 1-based.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TagName, escaped: Bool, line: Int)
    case section(TagName, inverted: Bool, body: [TemplateNode], line: Int)
    case partial(name: String, indentation: String?, line: Int)
}

/// A name as a tag writes it (`title`, `s.home`, `.`, `.label`), cut into its components once, when the
/// template is parsed.
struct TagName: Sendable {
    let text: String
    let components: [String]
    /// `.` alone: the innermost value.
    let isCurrent: Bool
    /// `.name`: looked up in the innermost value only.
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        components = text.split(separator: ".").map(String.init)
        isCurrent = text == "."
        isAnchored = text.hasPrefix(".") && !isCurrent
    }
}

/// A template that does not parse, and where.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let line: Int
    public let column: Int
}

/// What a name is looked up in: a value when rendering, a schema when checking a template against its
/// view, so that the two follow one rule.
protocol TagScope {
    func member(_ name: String) -> Self?
}

extension TemplateValue: TagScope {}
extension TemplateSchema: TagScope {}

extension TagName {
    /// This name in `stack` (outermost first): the first component in the innermost scope that has it,
    /// the others inside that one.
    func look<Scope: TagScope>(in stack: [Scope]) -> Scope? {
        if isCurrent { return stack.last }
        guard let first = components.first else { return nil }
        var scope = isAnchored ? stack.last?.member(first) : stack.reversed().lazy.compactMap { $0.member(first) }.first
        for component in components.dropFirst() { scope = scope?.member(component) }
        return scope
    }
}
