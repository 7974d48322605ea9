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
        var stack = outer + [value]
        render(template.nodes, stack: &stack, indentation: "", depth: 0, into: &output)
        return output
    }

    /// Mustache's rendering, as the theme's original renderer did it: a section over a list repeats for each
    /// item, over a flag shows when it is true, over any other value shows with that value on top of the
    /// names looked up; an inverted section shows for a missing value, `false` or an empty list. Inside an
    /// indented partial, what follows a line end is indented. The stack is pushed and popped in place.
    private func render(_ nodes: [TemplateNode], stack: inout [TemplateValue], indentation: String, depth: Int, into output: inout String) {
        if indentation.isEmpty {
            for node in nodes { write(node, stack: &stack, indentation: indentation, depth: depth, into: &output) }
            return
        }
        // Indented: each piece is written apart, to know whether it is empty before indenting it.
        var rendered = ""
        for node in nodes {
            var piece = ""
            write(node, stack: &stack, indentation: indentation, depth: depth, into: &piece)
            if !piece.isEmpty, rendered.utf8.last == UInt8(ascii: "\n") { rendered += indentation }
            rendered += piece
        }
        output += rendered
    }

    private func write(_ node: TemplateNode, stack: inout [TemplateValue], indentation: String, depth: Int, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped, _):
            guard let value = name.look(in: stack) else { return }
            if escaped {
                HTMLEscaping.append(escaping: value.printed, to: &out)
            } else {
                out += value.printed
            }
        case .section(let name, let inverted, let body, _):
            let value = name.look(in: stack)
            switch (value, inverted) {
            case (.list(let items), false):
                for item in items { render(body, pushing: item, on: &stack, indentation: indentation, depth: depth, into: &out) }
            case (.list(let items), true):
                if items.isEmpty { render(body, pushing: .list(items), on: &stack, indentation: indentation, depth: depth, into: &out) }
            case (.flag(let flag), _):
                if flag != inverted { render(body, stack: &stack, indentation: indentation, depth: depth, into: &out) }
            case (nil, true):
                render(body, stack: &stack, indentation: indentation, depth: depth, into: &out)
            case (.some(let value), false):
                render(body, pushing: value, on: &stack, indentation: indentation, depth: depth, into: &out)
            case (nil, false), (.some, true):
                break
            }
        case .partial(let name, let partialIndentation, _):
            guard let template = templates[name], depth < Self.maximumPartialDepth else { return }
            render(template.nodes, stack: &stack, indentation: indentation + (partialIndentation ?? ""), depth: depth + 1, into: &out)
        }
    }

    private func render(_ nodes: [TemplateNode], pushing value: TemplateValue, on stack: inout [TemplateValue], indentation: String, depth: Int,
                        into output: inout String) {
        stack.append(value)
        render(nodes, stack: &stack, indentation: indentation, depth: depth, into: &output)
        stack.removeLast()
    }
}
