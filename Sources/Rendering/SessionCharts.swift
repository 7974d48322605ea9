import Linking
import Model

/// The page of charts across sessions (`charts.html`), oldest session first, one row per session: the
/// Member States that attended each session by UN regional group, the articles of the Convention each
/// session's record cites, and the articles cited most across all sessions. Each chart is an image whose
/// description states its numbers, with the same numbers beside it as a table. With one session each
/// chart is a single bar, which still states that session's facts.
extension AttendancePages {
    /// How many of the most cited articles the page lists.
    static let mostCitedCount = 10

    /// The sessions the charts show, oldest first, in pages of `page_length` sessions: a session keeps its
    /// page as the archive grows.
    var chartSessions: [Session] {
        siteMap.sessions.sorted { $0.metadata.startDate < $1.metadata.startDate }
    }

    var chartsPagination: Pagination { Pagination(itemCount: siteMap.sessions.count, pageLength: pageLength) }

    func chartsPage(page: Int = 1, context: PageContext) -> RenderedPage {
        let own = ChartsPageView(s: strings.table, hasSessions: !siteMap.sessions.isEmpty,
                                 articlesIndexHref: context.link(URLScheme.articlesIndex))
        let title = strings["charts_page"]
        return RenderedPage(template: .charts, title: strings.pageTitle(title, page: page), context: context,
                            trail: [(strings.pageTitle(title, page: page), nil)],
                            view: Merged(sessionCharts(page: page, context: context), own))
    }

    func sessionCharts(page: Int = 1, context: PageContext) -> SessionChartsView {
        let pagination = chartsPagination
        let sessions = Array(chartSessions[pagination.items(on: page)])
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
                      coverHref: context.link(URLScheme.session(sessions[position].slug)),
                      regionCells: Region.allCases.map { .init(count: regionCounts[position].count($0)) },
                      total: regionCounts[position].total, articles: articleCounts[position])
            },
            mostCited: page <= 1 ? mostCited(context: context) : nil,
            pagination: pagination.view(page: page, path: URLScheme.charts(page:), context: context, strings: strings))
    }

    /// The articles cited most across sessions (every citing place counted, as the articles index counts
    /// them), most first and at equal counts in the Convention's order: a chart and a table of links.
    private func mostCited(context: PageContext) -> SessionChartsView.MostCited? {
        let cited = index.citedArticles.map { number -> (number: Int, mentions: [ReferenceMention]) in
            (number, index.mentions(of: .article(number)))
        }
        let most = cited.sorted { $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.number < $1.number }
            .prefix(Self.mostCitedCount)
        guard !most.isEmpty else { return nil }
        let labels = most.map { strings.format("article_number", ["number": String($0.number)]) }
        let chart = BarChart(
            id: "most-cited-articles", title: strings["most_cited_title"],
            description: strings.format("most_cited_desc", ["articles": zip(labels, most).map { label, article in
                strings.format("most_cited_item", ["article": label, "count": String(article.mentions.count)])
            }.joined(separator: strings["list_separator"])]),
            series: [BarChart.Series(name: strings["col_citations"], cssClass: "series-articles")],
            rows: zip(labels, most).map { BarChart.Row(label: $0, values: [$1.mentions.count]) })
        return .init(
            chart: chart.svg, title: chart.title,
            intro: strings.format("most_cited_intro", ["count": String(most.count), "cited": String(cited.count)]),
            rows: zip(labels, most).map { label, article in
                .init(label: label, href: context.link(URLScheme.article(article.number)),
                      title: references.convention.article(article.number)?.title.text(in: strings.language) ?? "",
                      titleLang: strings.language.tag, count: article.mentions.count,
                      sessions: Set(article.mentions.map(\.sessionSlug)).count)
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
