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

public enum TextAnnotationError: Error, Equatable, Sendable {
    case notATextNode
    case overlappingOrOutOfBounds
    case splitsACharacter
    /// The text stands inside a node the marked renderer does not rebuild (a table, a footnote): it is
    /// rendered as written, without its annotations.
    case unsupportedContainer(String)
}

extension TextAnnotation {
    /// `literal` cut around `annotations` (which must not overlap and must fall on character
    /// boundaries): each piece of text with the annotation around it, if any.
    static func pieces(of literal: String, _ annotations: [TextAnnotation]) throws(TextAnnotationError)
        -> [(text: String, annotation: TextAnnotation?)] {
        let bytes = Array(literal.utf8)
        let sorted = annotations.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        var cursor = 0
        for annotation in sorted {
            let range = annotation.utf8Range
            guard range.lowerBound >= cursor, range.upperBound <= bytes.count, !range.isEmpty else {
                throw .overlappingOrOutOfBounds
            }
            cursor = range.upperBound
        }
        func piece(_ range: Range<Int>) throws(TextAnnotationError) -> String {
            guard let text = String(validating: bytes[range], as: UTF8.self) else { throw .splitsACharacter }
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
        return pieces
    }
}
