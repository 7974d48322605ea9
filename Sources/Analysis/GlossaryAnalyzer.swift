import Diagnostics
import Loading
import Markdown
import Model

/// The glossary terms of one session: where they stand (never inside a reference, link or code), which
/// of them are links, and where they occur.
///
/// Terms are linked with restraint: the first use of a term on a page is a link (on a chapter's page,
/// the work plan it adopts included; on the full report; on the work plan's own page); its later uses,
/// and every use of the glossary's `unlinked` entries (the record's most common words), stay quiet text
/// that a reader can ask to see marked.
public struct GlossaryAnalysis {
    /// The pages that show the record's text, each linking a term once.
    public enum Page: Sendable, Hashable, CaseIterable {
        case chapter
        case fullReport
        case workPlan
    }

    public struct TermMatch: Sendable, Hashable {
        public let utf8Range: Range<Int>
        public let entryID: String
        /// The pages on which this use is the term's link to the glossary; on the others it is quiet.
        public let linkedOn: Set<Page>
        /// The term starts where another ends, so the two must look apart.
        public let followsTerm: Bool

        public func isLinked(on page: Page) -> Bool { linkedOn.contains(page) }
    }

    public struct LinkedText {
        public let node: MarkdownNode
        public let terms: [TermMatch]
    }

    public let linkedTexts: [LinkedText]
    public let occurrences: [GlossaryOccurrence]
    /// The entries that occur in each paragraph (a work plan counts as part of the paragraph adopting it).
    public let entriesByParagraph: [Int: [String]]
    /// The entries linked in each paragraph (a work plan's under the paragraph adopting it), on each page,
    /// whose English the page describes for assistive technology.
    public let linkedEntries: [Page: [Int: [String]]]
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
        var linkedEntries: [GlossaryAnalysis.Page: [Int: [String]]] = [:]
        let slug = session.session.slug
        let plan = session.workPlan

        // The terms already linked on each page: the full report's across chapters, a chapter's across its
        // paragraphs (and the work plan shown in one), the work plan page's across its items.
        var linked: [GlossaryAnalysis.Page: Set<String>] = [:]
        for chapter in session.session.report.chapters {
            linked[.chapter] = []
            for paragraph in chapter.allParagraphs {
                guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
                var counts: [String: Int] = [:]
                var snippets: [String: TermSnippet] = [:]
                var found: [String] = []
                func scan(_ nodes: [MarkdownNode], pages: [GlossaryAnalysis.Page]) {
                    for text in nodes {
                        guard let literal = text.literal else { continue }
                        let matches = termMatches(in: literal, blocked: taken[text] ?? [], pages: pages, linked: &linked)
                        for match in matches {
                            counts[match.entryID, default: 0] += 1
                            if snippets[match.entryID] == nil { snippets[match.entryID] = TermSnippet(in: literal, utf8Range: match.utf8Range) }
                            if !found.contains(match.entryID) { found.append(match.entryID) }
                            for page in match.linkedOn { linkedEntries[page, default: [:]][paragraph.number, default: []].append(match.entryID) }
                        }
                        if !matches.isEmpty { linkedTexts.append(.init(node: text, terms: matches)) }
                    }
                }
                scan(node.runningTextNodes, pages: [.chapter, .fullReport])
                if let plan, plan.workPlan.paragraph == paragraph.number {
                    scan(plan.workPlan.items.flatMap { plan.itemNodes[$0.anchor]?.runningTextNodes ?? [] }, pages: GlossaryAnalysis.Page.allCases)
                }
                entriesByParagraph[paragraph.number] = found
                for (entryID, count) in counts.sorted(by: { $0.key < $1.key }) {
                    occurrences.append(GlossaryOccurrence(sessionSlug: slug, paragraph: paragraph.number, entryID: entryID, count: count,
                                                          snippet: snippets[entryID]))
                }
            }
        }
        var analysis = GlossaryAnalysis(linkedTexts: linkedTexts, occurrences: occurrences, entriesByParagraph: entriesByParagraph,
                                        linkedEntries: linkedEntries)
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

    /// The terms of one text: on each of `pages`, a link for the term's first use there (`linked` holds the
    /// terms already linked on each page) unless the glossary keeps the term quiet.
    private func termMatches(in literal: String, blocked: [Range<Int>], pages: [GlossaryAnalysis.Page],
                             linked: inout [GlossaryAnalysis.Page: Set<String>]) -> [GlossaryAnalysis.TermMatch] {
        var result: [GlossaryAnalysis.TermMatch] = []
        for match in terms.matches(in: literal) where !blocked.contains(where: { $0.overlaps(match.utf8Range) }) {
            let linkable = !glossary.unlinked.contains(match.value)
            let linkedOn = Set(pages.filter { linkable && linked[$0, default: []].insert(match.value).inserted })
            let followsTerm = result.last?.utf8Range.upperBound == match.utf8Range.lowerBound
            result.append(.init(utf8Range: match.utf8Range, entryID: match.value, linkedOn: linkedOn, followsTerm: followsTerm))
        }
        return result
    }
}
