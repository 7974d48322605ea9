/// A part of a text node of the record to mark up: a citation (`<ref href>`), a glossary term
/// (`<term refersTo>`) or a participant's name (`<organization refersTo>`). The words stay as they are.
struct AKNSpan: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case reference(href: String)
        case term(concept: String)
        case organization(id: String)
    }

    /// In UTF-8 byte offsets of the text node's literal.
    let utf8Range: Range<Int>
    let kind: Kind

    var element: String {
        switch kind {
        case .reference: return "ref"
        case .term: return "term"
        case .organization: return "organization"
        }
    }

    var attributes: [(String, String?)] {
        switch kind {
        case .reference(let href): return [("href", href)]
        case .term(let concept): return [("refersTo", "#\(concept)")]
        case .organization(let id): return [("refersTo", "#\(id)")]
        }
    }

    /// Keeps, in order of priority (citations, then terms, then names), the spans that overlap no span
    /// kept before them, and sorts them by position.
    static func resolvingOverlaps(_ spans: [AKNSpan]) -> [AKNSpan] {
        var kept: [AKNSpan] = []
        for span in spans where !span.utf8Range.isEmpty && !kept.contains(where: { $0.utf8Range.overlaps(span.utf8Range) }) {
            kept.append(span)
        }
        return kept.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }
}
