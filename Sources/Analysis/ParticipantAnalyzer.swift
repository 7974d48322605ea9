import Diagnostics
import Loading
import Markdown
import Model

/// The attendance and the participants of one session.
public struct ParticipantAnalysis: Sendable {
    /// The attendance paragraphs, in the report's order.
    public let attendance: [AttendanceList]
    /// Every paragraph (other than the attendance lists) that names a participant in running text.
    public let mentions: [ReferenceMention]
}

/// The analyse stage for participants: parses the attendance paragraphs and finds names in the text.
public struct ParticipantAnalyzer: Sendable {
    public let registry: ParticipantRegistry
    public let categories: AttendanceCategoryNames
    private let parser: AttendanceParser
    private let names: LongestMatchTrie<String>

    public init(registry: ParticipantRegistry, categories: AttendanceCategoryNames) {
        self.registry = registry
        self.categories = categories
        self.parser = AttendanceParser(registry: registry)
        var trie = LongestMatchTrie<String>()
        for word in registry.notNames { trie.insert(word, value: nil) }
        for participant in registry.participants {
            for name in [participant.name.zh] + participant.chineseAliases { trie.insert(name, value: participant.id) }
        }
        self.names = trie
    }

    public func analyse(_ session: LoadedSession, log: inout DiagnosticLog) -> ParticipantAnalysis {
        let slug = session.session.slug
        let source = session.report.source
        var attendance: [AttendanceList] = []
        var mentions: [ReferenceMention] = []
        for paragraph in session.session.report.paragraphs {
            guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
            let texts = node.runningTextNodes
            // An attendance list is a paragraph of one text: the category sentence and the names.
            if texts.count == 1, let text = texts.first, let literal = text.literal, let parsed = parser.parse(literal) {
                let entries = parsed.names.map { name -> AttendanceEntry in
                    let location = source.location(in: text, utf8Offset: name.utf8Range.lowerBound)
                    let participant = registry.participant(named: name.name)
                    // Without a registry there is nothing to match against: the names are listed as written.
                    if participant == nil, !registry.participants.isEmpty {
                        log.warning("'\(name.name)' is not in the participant registry (reference/participants.yml); it is listed as unmatched",
                                    at: location, rule: .participantUnknown)
                    }
                    return AttendanceEntry(name: name.name, participantID: participant?.id, location: location)
                }
                let category = AttendanceCategory(zh: parsed.category, en: categories.english[parsed.category])
                attendance.append(AttendanceList(sessionSlug: slug, paragraph: paragraph.number, category: category, entries: entries))
                continue
            }
            mentions += self.mentions(in: texts, place: .paragraph(paragraph.number), slug: slug, source: source)
        }
        if let plan = session.workPlan {
            for item in plan.workPlan.items {
                guard let node = plan.itemNodes[item.anchor] else { continue }
                mentions += self.mentions(in: node.runningTextNodes,
                                          place: .workPlanItem(year: item.year, number: item.number, anchor: item.anchor,
                                                               paragraph: plan.workPlan.paragraph),
                                          slug: slug, source: plan.source)
            }
        }
        return ParticipantAnalysis(attendance: attendance, mentions: mentions)
    }

    /// The participants' names in `text` (longest first, never a word of `notNames`), with their registry ids.
    public func nameMatches(in text: String) -> [LongestMatchTrie<String>.Match] {
        names.matches(in: text)
    }

    private func mentions(in texts: [MarkdownNode], place: ReferenceMention.Place, slug: String, source: BodySource) -> [ReferenceMention] {
        var result: [ReferenceMention] = []
        for text in texts {
            guard let literal = text.literal else { continue }
            let bytes = Array(literal.utf8)
            for match in nameMatches(in: literal) {
                result.append(ReferenceMention(
                    sessionSlug: slug, place: place, target: .participant(match.value), subdivisions: [],
                    excerpt: Excerpt(sentenceIn: bytes, around: match.utf8Range),
                    location: source.location(in: text, utf8Offset: match.utf8Range.lowerBound)))
            }
        }
        return result
    }
}
