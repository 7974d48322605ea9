import AkomaNtoso
import Analysis
import Foundation
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Search
import Templates

/// The home, search and 404 pages.
extension SiteRenderer {
    /// The list of sessions, newest first, in pages of `page_length` sessions.
    func homePagination(_ siteMap: SiteMap) -> Pagination {
        Pagination(itemCount: siteMap.sessions.count, pageLength: site.pageLength)
    }

    /// Page `page` of the list of sessions; the first is the home page, which alone offers the charts,
    /// the archive and the feed.
    func home(_ siteMap: SiteMap, page: Int = 1, context: PageContext) -> RenderedPage {
        let dates = DateFormatting(strings: strings)
        let pagination = homePagination(siteMap)
        let sessions = siteMap.sessions[pagination.items(on: page)].map { session in
            let metadata = session.metadata
            return HomePageView.Session(
                href: context.link(URLScheme.session(session.slug)), titleZh: metadata.title.zh, titleEn: metadata.title.en,
                body: metadata.body.text(in: strings.language), dates: dates.range(metadata.startDate, metadata.endDate),
                datetime: metadata.startDate.iso, venue: metadata.venue.text(in: strings.language))
        }
        let isFirst = page <= 1
        let view = HomePageView(siteTitleZh: site.title.zh, siteTitleEn: site.title.en, sessions: sessions,
                                listStart: siteMap.sessions.count - pagination.items(on: page).lowerBound, hasSessions: !sessions.isEmpty,
                                s: strings.table, chartsHref: sessions.isEmpty ? nil : context.link(URLScheme.charts),
                                archiveHref: isFirst ? publishing.archiveName : nil,
                                feedHref: publishing.baseURL == nil || !isFirst ? nil : context.link(URLScheme.feed),
                                pagination: pagination.view(page: page, path: URLScheme.home(page:), context: context, strings: strings,
                                                            itemsKey: "records_shown"))
        let title = site.title.text(in: strings.language)
        return RenderedPage(template: .home, title: strings.pageTitle(title, page: page), context: context,
                            trail: isFirst ? [] : [(strings.pageTitle(strings["sessions_newest_first"], page: page), nil)], view: view)
    }

    /// The search page: its script reads `?q=` and the index that `search-index.js` sets.
    func searchPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: .search, title: strings["search"], context: context, trail: [(strings["search"], nil)],
                                view: SearchPageView(searchHref: context.link(URLScheme.search), s: strings.table))
        page.layoutOptions = LayoutOptions(scripts: [URLScheme.searchIndex, URLScheme.searchScript], showsSearchBox: false)
        return page
    }

    /// The page a server answers for an address it does not have.
    func notFoundPage(_ context: PageContext) -> RenderedPage {
        var page = RenderedPage(template: .notFound, title: strings["not_found"], context: context, trail: [],
                                view: NotFoundPageView(homeHref: context.link(URLScheme.home), searchHref: context.link(URLScheme.search),
                                                       s: strings.table))
        page.layoutOptions = LayoutOptions(isErrorPage: true)
        // A server answers this page at any address, and it may be opened from disk, where its links from
        // the site's root lead nowhere: it carries its own copy of the stylesheet.
        if let file = theme.assets["style.css"], let css = try? String(contentsOfFile: file, encoding: .utf8),
           !css.lowercased().contains("</style") {
            page.layoutOptions.headStyle = css
        }
        return page
    }
}
