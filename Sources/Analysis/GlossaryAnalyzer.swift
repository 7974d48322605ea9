import Diagnostics
import Loading
import Markdown
import Model

/// The glossary terms of one session: where to link them (the first occurrence of each term in each
/// paragraph, never inside a reference, link or code) and where they occur.
public struct GlossaryAnalysis {
    public struct TermMatch: Sendable, Hashable {
        public let utf8Range: Range<Int>
        public let entryID: String
    }

    public struct LinkedText {
        public let node: MarkdownNode
        public let terms: [TermMatch]
    }

    public let linkedTexts: [LinkedText]
    public let occurrences: [GlossaryOccurrence]
    /// The entries linked in each paragraph (a work plan counts as part of the paragraph adopting it).
    public let entriesByParagraph: [Int: [String]]
}

/// The analyse stage for the glossary: one pass over each text node with a trie of every Chinese form.
public struct GlossaryAnalyzer: Sendable {
    public let glossary: Glossary
    private let terms: LongestMatchTrie<String>

    public init(glossary: Glossary) {
        self.glossary = glossary
        var trie = LongestMatchTrie<String>()
        for entry in glossary.entries {
            for form in entry.chineseForms { trie.insert(form, value: entry.id) }
        }
        self.terms = trie
    }

    /// `references` tells which parts of the text are already references, which terms never overlap.
    public func analyse(_ session: LoadedSession, references: ReferenceAnalysis) -> GlossaryAnalysis {
        var taken: [MarkdownNode: [Range<Int>]] = [:]
        for linked in references.linkedTexts { taken[linked.node, default: []] += linked.references.map(\.utf8Range) }
        var linkedTexts: [GlossaryAnalysis.LinkedText] = []
        var occurrences: [GlossaryOccurrence] = []
        var entriesByParagraph: [Int: [String]] = [:]
        let slug = session.session.slug
        let plan = session.workPlan

        for paragraph in session.session.report.paragraphs {
            guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
            var nodes = node.runningTextNodes
            if let plan, plan.workPlan.paragraph == paragraph.number {
                for item in plan.workPlan.items {
                    if let itemNode = plan.itemNodes[item.anchor] { nodes += itemNode.runningTextNodes }
                }
            }
            var linkedEntries: [String] = []
            var counts: [String: Int] = [:]
            for text in nodes {
                guard let literal = text.literal else { continue }
                let blocked = taken[text] ?? []
                var first: [GlossaryAnalysis.TermMatch] = []
                for match in terms.matches(in: literal) where !blocked.contains(where: { $0.overlaps(match.utf8Range) }) {
                    counts[match.value, default: 0] += 1
                    if !linkedEntries.contains(match.value) {
                        linkedEntries.append(match.value)
                        first.append(.init(utf8Range: match.utf8Range, entryID: match.value))
                    }
                }
                if !first.isEmpty { linkedTexts.append(.init(node: text, terms: first)) }
            }
            entriesByParagraph[paragraph.number] = linkedEntries
            for (entryID, count) in counts.sorted(by: { $0.key < $1.key }) {
                occurrences.append(GlossaryOccurrence(sessionSlug: slug, paragraph: paragraph.number, entryID: entryID, count: count))
            }
        }
        return GlossaryAnalysis(linkedTexts: linkedTexts, occurrences: occurrences, entriesByParagraph: entriesByParagraph)
    }
}
