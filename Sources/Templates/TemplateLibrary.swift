/// A theme's templates by name, rendering typed views: each value a template names is looked up in the
/// view's encoded `TemplateValue`s, with no reflection and no dynamic casts.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template] = [:]
    /// How deep partials may include partials: a theme whose partial includes itself is refused when it
    /// loads, and rendering stops there too rather than recurse without end.
    static let maximumPartialDepth = 16

    public init() {}

    public mutating func register(_ template: Template) {
        templates[template.name] = template
    }

    /// `value` through the template `name`; nil when the library has no such template. `outer` values are
    /// looked up when `value` lacks a name (the values every page body sees).
    public func render(_ value: TemplateValue, template name: String, under outer: [TemplateValue] = []) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        render(template.nodes, stack: outer + [value], indentation: nil, depth: 0, into: &output)
        return output
    }

    /// Mustache's rendering, as the theme's original renderer did it: a section over a list repeats for each
    /// item, over a flag shows when it is true, over any other value shows with that value on top of the
    /// names looked up; an inverted section shows for a missing value, `false` or an empty list. Inside an
    /// indented partial, what follows a line end is indented.
    private func render(_ nodes: [TemplateNode], stack: [TemplateValue], indentation: String?, depth: Int, into output: inout String) {
        var rendered = ""
        for node in nodes {
            let piece = self.piece(node, stack: stack, indentation: indentation, depth: depth)
            if let indentation, !indentation.isEmpty, !piece.isEmpty, rendered.utf8.last == UInt8(ascii: "\n") {
                rendered += indentation
            }
            rendered += piece
        }
        output += rendered
    }

    private func piece(_ node: TemplateNode, stack: [TemplateValue], indentation: String?, depth: Int) -> String {
        var out = ""
        switch node {
        case .text(let text):
            return text
        case .variable(let name, let escaped, _):
            guard let value = name.look(in: stack) else { return "" }
            return escaped ? HTMLEscaping.escape(value.printed) : value.printed
        case .section(let name, let inverted, let body, _):
            let value = name.look(in: stack)
            switch (value, inverted) {
            case (.list(let items), false):
                for item in items { render(body, stack: stack + [item], indentation: indentation, depth: depth, into: &out) }
            case (.list(let items), true):
                if items.isEmpty { render(body, stack: stack + [.list(items)], indentation: indentation, depth: depth, into: &out) }
            case (.flag(let flag), _):
                if flag != inverted { render(body, stack: stack, indentation: indentation, depth: depth, into: &out) }
            case (nil, true):
                render(body, stack: stack, indentation: indentation, depth: depth, into: &out)
            case (.some(let value), false):
                render(body, stack: stack + [value], indentation: indentation, depth: depth, into: &out)
            case (nil, false), (.some, true):
                break
            }
        case .partial(let name, let partialIndentation, _):
            guard let template = templates[name], depth < Self.maximumPartialDepth else { return "" }
            let nested = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
            render(template.nodes, stack: stack, indentation: nested, depth: depth + 1, into: &out)
        }
        return out
    }
}
