import CMarkGFM

/// Markup to put around part of a text node: the HTML that opens and closes it, for instance a link.
/// The text between stays text, and is escaped as such when rendered.
public struct TextAnnotation: Sendable, Hashable {
    /// The annotated part of the node's literal, in UTF-8 byte offsets.
    public var utf8Range: Range<Int>
    public var openingHTML: String
    public var closingHTML: String

    public init(utf8Range: Range<Int>, openingHTML: String, closingHTML: String) {
        self.utf8Range = utf8Range
        self.openingHTML = openingHTML
        self.closingHTML = closingHTML
    }
}

public enum TextAnnotationError: Error, Equatable {
    case notATextNode
    case overlappingOrOutOfBounds
    case splitsACharacter
}

extension MarkdownNode {
    /// Replaces this text node by its text split around `annotations`, each annotated part wrapped in its
    /// markup. Annotations must not overlap and must fall on character boundaries.
    public func annotate(_ annotations: [TextAnnotation]) throws {
        guard kind == .text, let literal else { throw TextAnnotationError.notATextNode }
        let bytes = Array(literal.utf8)
        let sorted = annotations.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        var cursor = 0
        for annotation in sorted {
            let range = annotation.utf8Range
            guard range.lowerBound >= cursor, range.upperBound <= bytes.count, !range.isEmpty else {
                throw TextAnnotationError.overlappingOrOutOfBounds
            }
            cursor = range.upperBound
        }
        func piece(_ range: Range<Int>) throws -> String {
            guard let text = String(validating: bytes[range], as: UTF8.self) else {
                throw TextAnnotationError.splitsACharacter
            }
            return text
        }
        var pieces: [(text: String, annotation: TextAnnotation?)] = []
        cursor = 0
        for annotation in sorted {
            if annotation.utf8Range.lowerBound > cursor {
                pieces.append((try piece(cursor..<annotation.utf8Range.lowerBound), nil))
            }
            pieces.append((try piece(annotation.utf8Range), annotation))
            cursor = annotation.utf8Range.upperBound
        }
        if cursor < bytes.count { pieces.append((try piece(cursor..<bytes.count), nil)) }

        for (text, annotation) in pieces {
            let textNode = Self.newTextNode(text)
            if let annotation {
                guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                cmark_node_set_on_enter(wrapper, annotation.openingHTML)
                cmark_node_set_on_exit(wrapper, annotation.closingHTML)
                cmark_node_append_child(wrapper, textNode)
                cmark_node_insert_before(pointer, wrapper)
            } else {
                cmark_node_insert_before(pointer, textNode)
            }
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    private static func newTextNode(_ text: String) -> OpaquePointer {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else {
            fatalError("libcmark-gfm could not allocate a node (out of memory)")
        }
        cmark_node_set_literal(node, text)
        return node
    }
}
