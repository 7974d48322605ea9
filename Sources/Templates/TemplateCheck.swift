/// A name in a template that its view cannot give, or a partial the theme lacks.
public struct TemplateProblem: Sendable, Equatable {
    /// The file of the template (or partial) that names it.
    public let path: String
    public let line: Int
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}

extension TemplateLibrary {
    /// Checks `template` and the partials it includes against `schema`, the names its view offers (with
    /// the values of the sections around each name, as Mustache looks them up). `viewName` names the view
    /// in messages.
    public func problems(in template: String, schema: TemplateSchema, viewName: String) -> [TemplateProblem] {
        problems(in: template, schemas: [schema], viewName: viewName)
    }

    /// As above, with `schemas` as the stack the template is rendered with (outermost first).
    public func problems(in template: String, schemas: [TemplateSchema], viewName: String) -> [TemplateProblem] {
        guard let root = templates[template] else { return [] }
        var problems: [TemplateProblem] = []
        check(root.nodes, in: root, stack: schemas, viewName: viewName, depth: 0, problems: &problems)
        // A partial included in several places reports each of its problems once.
        var seen: Set<String> = []
        return problems.filter { seen.insert("\($0.path):\($0.line):\($0.message)").inserted }
    }

    private func check(_ nodes: [TemplateNode], in template: Template, stack: [TemplateSchema], viewName: String, depth: Int,
                       problems: inout [TemplateProblem]) {
        func missing(_ name: String, line: Int) {
            problems.append(TemplateProblem(path: template.path, line: line,
                                            message: "the template names '\(name)', which its view (\(viewName)) does not have"))
        }
        for node in nodes {
            switch node {
            case .text:
                continue
            case .variable(let name, _, let line):
                if name.look(in: stack) == nil { missing(name.text, line: line) }
            case .section(let name, _, let body, let line):
                guard let schema = name.look(in: stack) else {
                    missing(name.text, line: line)
                    continue
                }
                let inner: TemplateSchema = if case .list(let element) = schema { element } else { schema }
                check(body, in: template, stack: stack + [inner], viewName: viewName, depth: depth, problems: &problems)
            case .partial(let name, _, let line):
                guard let partial = templates[name] else {
                    problems.append(TemplateProblem(path: template.path, line: line,
                                                    message: "the template includes '\(name)', which the theme does not have"))
                    continue
                }
                guard depth < TemplateLibrary.maximumPartialDepth else {
                    problems.append(TemplateProblem(path: template.path, line: line,
                                                    message: "partials nest more than \(TemplateLibrary.maximumPartialDepth) deep here: does '\(name)' include itself?"))
                    continue
                }
                check(partial.nodes, in: partial, stack: stack, viewName: viewName, depth: depth + 1, problems: &problems)
            }
        }
    }
}
