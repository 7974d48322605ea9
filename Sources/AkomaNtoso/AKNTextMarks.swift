import Analysis
import Linking
import Loading
import Markdown
import Model

/// What the analysis found in each text node of a session, as the spans to mark in its AKN file: the
/// citations the references analysis found, the glossary terms it links (the first of each in a
/// paragraph, as the HTML links them), and the participants' names (found with the participant analysis'
/// own list of names). It remembers which participants and terms it marked, for the file's references.
struct AKNTextMarks {
    private var references: [MarkdownNode: [AKNSpan]] = [:]
    private var terms: [MarkdownNode: [AKNSpan]] = [:]
    private let participants: ParticipantAnalyzer
    private(set) var markedParticipants: Set<String> = []
    private(set) var markedTerms: Set<String> = []

    init(analysis: SessionAnalysis, references data: ReferenceData, links: ReferenceLinks, page: SitePath) {
        participants = ParticipantAnalyzer(registry: data.participants, categories: data.attendanceCategories)
        for linked in analysis.references.linkedTexts {
            references[linked.node, default: []] += linked.references.map { reference in
                AKNSpan(utf8Range: reference.utf8Range, kind: .reference(href: Self.href(of: reference, links: links, page: page)))
            }
        }
        for linked in analysis.glossary.linkedTexts {
            terms[linked.node, default: []] += linked.terms.map { AKNSpan(utf8Range: $0.utf8Range, kind: .term(concept: $0.entryID)) }
        }
    }

    /// The spans of one text node, in order of priority (`AKNSpan.resolvingOverlaps` keeps the first).
    mutating func spans(of node: MarkdownNode) -> [AKNSpan] {
        var spans = references[node] ?? []
        spans += terms[node] ?? []
        if let literal = node.literal {
            spans += participants.nameMatches(in: literal).map { AKNSpan(utf8Range: $0.utf8Range, kind: .organization(id: $0.value)) }
        }
        let kept = AKNSpan.resolvingOverlaps(spans)
        for span in kept {
            switch span.kind {
            case .organization(let id): markedParticipants.insert(id)
            case .term(let id): markedTerms.insert(id)
            case .reference: break
            }
        }
        return kept.map { span in
            switch span.kind {
            case .organization(let id): return AKNSpan(utf8Range: span.utf8Range, kind: .organization(id: AKNEIds.participant(id)))
            case .term(let id): return AKNSpan(utf8Range: span.utf8Range, kind: .term(concept: AKNEIds.term(id)))
            case .reference: return span
            }
        }
    }

    /// Articles and chapters of the Convention point into its AKN work; resolutions and document symbols
    /// where the HTML points them (the UN's permalink of a symbol, our own session for one of our
    /// reports, the site's index of resolutions), relative to the session's folder, where the file lies.
    static func href(of reference: Reference, links: ReferenceLinks, page: SitePath) -> String {
        switch reference.target {
        case .article(let number): return ConventionWork.article(number, subdivisions: reference.subdivisions)
        case .conventionChapter(let number): return ConventionWork.chapter(number)
        case .resolution, .document, .participant: return links.href(of: reference.target, from: page).href
        }
    }
}
