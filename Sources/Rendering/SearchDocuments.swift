import Analysis
import Linking
import Loading
import Model
import Search

/// What search finds, gathered from the record and the reference data: every paragraph and work-plan
/// item of every session, with the English names of what it mentions as keys, then every article,
/// glossary term and participant that has a page.
struct SearchDocuments: Sendable {
    let convention: ConventionRegistry
    let glossary: Glossary
    let participants: ParticipantRegistry
    let strings: UIStrings

    /// The sessions as search results name them, in the site's order.
    func sessions(_ siteMap: SiteMap) -> [SearchSession] {
        let dates = DateFormatting(strings: strings)
        return siteMap.sessions.map { session -> SearchSession in
            let body = session.metadata.body.text(in: strings.language)
            let title = session.metadata.meeting.map { meeting in
                strings.format("search_session_title",
                               ["body": body, "meeting": strings.format("meeting_number", ["number": String(meeting)])])
            } ?? body
            return SearchSession(slug: session.slug, title: title,
                          dates: dates.range(session.metadata.startDate, session.metadata.endDate),
                          folder: URLScheme.sessionFolder(session.slug) + "/")
        }
    }

    /// The paragraphs and work-plan items of one session (their session's position is set when the
    /// sessions are put together).
    func documents(of session: Session, analysis: SessionAnalysis?, attendance: [AttendanceList]) -> [SearchDocument] {
        var keysByPlace: [ReferenceMention.Place: [String]] = [:]
        for mention in (analysis?.references.mentions ?? []) + (analysis?.participants.mentions ?? []) {
            let keys = keys(for: mention.target)
            switch mention.place {
            case .paragraph:
                keysByPlace[mention.place, default: []] += keys
            case .workPlanItem(_, _, _, let paragraph):
                keysByPlace[mention.place, default: []] += keys
                // The paragraph adopting the work plan cites what its items cite, as the article pages say.
                keysByPlace[.paragraph(paragraph), default: []] += keys
            case .chapterHeading(_, let paragraphs):
                // Every paragraph of a chapter whose heading names an article is found by that article.
                for paragraph in paragraphs { keysByPlace[.paragraph(paragraph), default: []] += keys }
            }
        }
        for list in attendance {
            let names = list.entries.compactMap { $0.participantID.flatMap(participants.participant(id:)) }.flatMap(participantKeys)
            keysByPlace[.paragraph(list.paragraph), default: []] += names
        }
        for (paragraph, entryIDs) in analysis?.glossary.entriesByParagraph ?? [:] {
            keysByPlace[.paragraph(paragraph), default: []] += entryIDs.compactMap { glossary.entry(id: $0)?.englishLabel }
        }

        var documents: [SearchDocument] = []
        for chapter in session.report.chapters {
            for paragraph in chapter.allParagraphs {
                documents.append(SearchDocument(
                    kind: .paragraph,
                    label: strings.format("paragraph_single", ["number": String(paragraph.number)]),
                    href: URLScheme.chapter(session.slug, chapter.number).fileName + "#" + paragraph.anchor,
                    text: paragraph.text,
                    keys: Self.distinct(keysByPlace[.paragraph(paragraph.number)] ?? [])))
            }
        }
        if let plan = session.workPlan {
            for meeting in plan.meetings {
                for item in meeting.groups.flatMap(\.items) {
                    let place = ReferenceMention.Place.workPlanItem(year: item.year, number: item.number, anchor: item.anchor,
                                                                    paragraph: plan.paragraph)
                    documents.append(SearchDocument(
                        kind: .workPlanItem,
                        label: strings.format("work_plan_item", ["heading": meeting.heading, "number": String(item.number)]),
                        href: URLScheme.workPlan(session.slug).fileName + "#" + item.anchor,
                        text: ([item.text] + item.notes).joined(separator: " "),
                        keys: Self.distinct(keysByPlace[place] ?? [])))
                }
            }
        }
        return documents
    }

    /// The articles (cited ones link to their page, the others to their row of the index), glossary terms
    /// and participants with a page.
    func referenceDocuments(citedArticles: Set<Int>, participantsWithPages: [Participant]) -> [SearchDocument] {
        var documents: [SearchDocument] = convention.articles.map { article in
            let href = citedArticles.contains(article.number)
                ? URLScheme.article(article.number).value
                : URLScheme.articlesIndex.value + "#" + URLScheme.articleRowAnchor(article.number)
            return SearchDocument(kind: .article, label: strings.format("article_number", ["number": String(article.number)]),
                                  href: href, text: article.title.zh,
                                  keys: ["Article \(article.number)", article.title.en, "第\(ChineseNumeral.text(for: article.number))条"]
                                      .filter { !$0.isEmpty })
        }
        documents += glossary.entries.map { entry in
            SearchDocument(kind: .term, label: entry.zh, href: URLScheme.glossaryChinese.value + "#" + entry.anchor,
                           text: (entry.chineseForms + [entry.definition.zh]).joined(separator: SearchDocument.nameSeparator),
                           keys: [entry.englishLabel, entry.definition.en])
        }
        documents += participantsWithPages.map { participant in
            SearchDocument(kind: .participant, label: participant.name.zh, href: URLScheme.participant(participant.id).value,
                           text: ([participant.name.zh] + participant.chineseAliases).joined(separator: SearchDocument.nameSeparator),
                           keys: participantKeys(participant))
        }
        return documents
    }

    private func keys(for target: ReferenceTarget) -> [String] {
        switch target {
        case .article(let number): return [articleKey(number)]
        case .participant(let id): return participants.participant(id: id).map(participantKeys) ?? []
        case .conventionChapter(let number): return convention.chapter(number).map { ["Chapter \($0.roman) (\($0.title.en))"] } ?? []
        case .resolution(let resolution): return ["resolution \(resolution.number)"]
        case .document(let symbol): return [symbol]
        }
    }

    private func articleKey(_ number: Int) -> String {
        let title = convention.article(number)?.title.en ?? ""
        return "Article \(number)" + (title.isEmpty ? "" : " (\(title))")
    }

    /// A participant's English name, aliases and code, each its own key (so that snippets separate them
    /// and `UNODC` is one of its names).
    private func participantKeys(_ participant: Participant) -> [String] {
        [participant.name.en] + participant.englishAliases + (participant.code.map { [$0] } ?? [])
    }

    /// Keys once each, in the order first met.
    static func distinct(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}
