import Linking
import Model

/// The charts across sessions on the participants index, oldest session first: the Member States that
/// attended each session by UN regional group, and the articles of the Convention each session's report
/// cites. Each chart has its numbers beside it as a table; with one session each is a single bar.
extension AttendancePages {
    func sessionCharts(context: PageContext) -> SessionChartsView {
        let sessions = siteMap.sessions.sorted { $0.metadata.startDate < $1.metadata.startDate }
        let dates = DateFormatting(strings: strings)
        let separator = strings["sessions_separator"]
        let regionCounts = sessions.map { session in
            RegionCounts(lists: attendance.filter { $0.sessionSlug == session.slug }, registry: registry, on: session.metadata.startDate)
        }
        let articleCounts = Self.articlesCited(index, sessions: sessions)
        let labels = sessions.map { dates.month(of: $0.metadata.startDate) }

        let byRegion = BarChart(
            id: "sessions-by-region", title: strings["sessions_by_region_title"],
            description: strings.format("sessions_by_region_desc", ["sessions": zip(labels, regionCounts).map { label, counts in
                strings.format("sessions_by_region_item", ["session": label, "counts": Self.countsText(counts, strings: strings)])
            }.joined(separator: separator)]),
            series: RegionCounts.series(strings),
            rows: zip(labels, regionCounts).map { label, counts in
                BarChart.Row(label: label, values: Region.allCases.map(counts.count))
            })
        let articles = BarChart(
            id: "articles-per-session", title: strings["articles_per_session_title"],
            description: strings.format("articles_per_session_desc", ["sessions": zip(labels, articleCounts).map { label, count in
                strings.format("articles_per_session_item", ["session": label, "count": String(count)])
            }.joined(separator: separator)]),
            series: [BarChart.Series(name: strings["col_articles_cited"], cssClass: "series-articles")],
            rows: zip(labels, articleCounts).map { BarChart.Row(label: $0, values: [$1]) })

        return SessionChartsView(
            regionChart: byRegion.svg, articlesChart: articles.svg, regionChartTitle: byRegion.title, articlesChartTitle: articles.title,
            regionHeaders: Region.allCases.map { .init(label: strings[$0.shortLabelKey], title: strings[$0.labelKey]) },
            sessionRows: sessions.indices.map { position in
                .init(label: labels[position], href: context.link(URLScheme.attendance(sessions[position].slug)),
                      regionCells: Region.allCases.map { .init(count: regionCounts[position].count($0)) },
                      total: regionCounts[position].total, articles: articleCounts[position])
            })
    }

    /// How many different articles each session's record cites (in its paragraphs and its work plan).
    static func articlesCited(_ index: ReferenceIndex, sessions: [Session]) -> [Int] {
        var bySession: [String: Set<Int>] = [:]
        for (target, mentions) in index.mentionsByTarget {
            guard case .article(let number) = target else { continue }
            for mention in mentions { bySession[mention.sessionSlug, default: []].insert(number) }
        }
        return sessions.map { bySession[$0.slug]?.count ?? 0 }
    }
}
