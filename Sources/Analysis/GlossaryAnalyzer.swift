import Diagnostics
import Loading
import Markdown
import Model

/// The glossary terms of one session: where they stand (never inside a reference, link or code), which
/// of them are links, and where they occur.
///
/// Terms are linked with restraint: the first use of a term in each chapter (a chapter page; the full
/// report repeats the chapters) and in the work plan (a page of its own) is a link; its later uses, and
/// every use of the glossary's `unlinked` entries (the record's most common words), stay quiet text that
/// a reader can ask to see marked.
public struct GlossaryAnalysis {
    public struct TermMatch: Sendable, Hashable {
        public let utf8Range: Range<Int>
        public let entryID: String
        /// A link to the glossary; otherwise quiet.
        public let isLinked: Bool
        /// The term starts where another ends, so the two must look apart.
        public let followsTerm: Bool
    }

    public struct LinkedText {
        public let node: MarkdownNode
        public let terms: [TermMatch]
    }

    public let linkedTexts: [LinkedText]
    public let occurrences: [GlossaryOccurrence]
    /// The entries that occur in each paragraph (a work plan counts as part of the paragraph adopting it).
    public let entriesByParagraph: [Int: [String]]
    /// The entries linked in each paragraph, whose English the page describes for assistive technology.
    public let linkedEntriesByParagraph: [Int: [String]]
    /// A chapter heading (no section) or a section heading.
    public struct Heading: Sendable, Hashable {
        public let chapter: Int
        public let section: String?

        public init(chapter: Int, section: String?) {
            self.chapter = chapter
            self.section = section
        }
    }

    /// The entries each chapter and section heading names: headings are not linked, but an English
    /// reader is told what they are about.
    public var entriesByHeading: [Heading: [String]] = [:]
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
        var linkedEntriesByParagraph: [Int: [String]] = [:]
        let slug = session.session.slug
        let plan = session.workPlan

        var linkedInPlan: Set<String> = []
        for chapter in session.session.report.chapters {
            var linkedInChapter: Set<String> = []
            for paragraph in chapter.allParagraphs {
                guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
                var counts: [String: Int] = [:]
                var found: [String] = []
                var linkedHere: [String] = []
                func scan(_ nodes: [MarkdownNode], linked: inout Set<String>) {
                    for text in nodes {
                        guard let literal = text.literal else { continue }
                        let matches = termMatches(in: literal, blocked: taken[text] ?? [], linked: &linked)
                        for match in matches {
                            counts[match.entryID, default: 0] += 1
                            if !found.contains(match.entryID) { found.append(match.entryID) }
                            if match.isLinked { linkedHere.append(match.entryID) }
                        }
                        if !matches.isEmpty { linkedTexts.append(.init(node: text, terms: matches)) }
                    }
                }
                scan(node.runningTextNodes, linked: &linkedInChapter)
                if let plan, plan.workPlan.paragraph == paragraph.number {
                    scan(plan.workPlan.items.flatMap { plan.itemNodes[$0.anchor]?.runningTextNodes ?? [] }, linked: &linkedInPlan)
                }
                entriesByParagraph[paragraph.number] = found
                linkedEntriesByParagraph[paragraph.number] = linkedHere
                for (entryID, count) in counts.sorted(by: { $0.key < $1.key }) {
                    occurrences.append(GlossaryOccurrence(sessionSlug: slug, paragraph: paragraph.number, entryID: entryID, count: count))
                }
            }
        }
        var analysis = GlossaryAnalysis(linkedTexts: linkedTexts, occurrences: occurrences, entriesByParagraph: entriesByParagraph,
                                        linkedEntriesByParagraph: linkedEntriesByParagraph)
        for chapter in session.session.report.chapters {
            analysis.entriesByHeading[.init(chapter: chapter.number, section: nil)] = entryIDs(in: chapter.title)
            for section in chapter.sections {
                analysis.entriesByHeading[.init(chapter: chapter.number, section: section.label)] = entryIDs(in: section.title)
            }
        }
        return analysis
    }

    /// The entries a text names, each once, in the order they first appear (longest match wins).
    func entryIDs(in text: String) -> [String] {
        var result: [String] = []
        for match in terms.matches(in: text) where !result.contains(match.value) { result.append(match.value) }
        return result
    }

    /// The terms of one text: a link for the first use in its scope (`linked` holds the terms already
    /// linked there) unless the glossary keeps the term quiet; a quiet match otherwise.
    private func termMatches(in literal: String, blocked: [Range<Int>], linked: inout Set<String>) -> [GlossaryAnalysis.TermMatch] {
        var result: [GlossaryAnalysis.TermMatch] = []
        for match in terms.matches(in: literal) where !blocked.contains(where: { $0.overlaps(match.utf8Range) }) {
            let isLinked = !glossary.unlinked.contains(match.value) && linked.insert(match.value).inserted
            let followsTerm = result.last?.utf8Range.upperBound == match.utf8Range.lowerBound
            result.append(.init(utf8Range: match.utf8Range, entryID: match.value, isLinked: isLinked, followsTerm: followsTerm))
        }
        return result
    }
}
