import Linking

/// A long list cut into pages of `SiteConfiguration.pageLength` items, so that no page grows with the
/// archive: which items a page shows, and the links between the pages.
struct Pagination: Sendable {
    let itemCount: Int
    let pageLength: Int

    init(itemCount: Int, pageLength: Int) {
        self.itemCount = max(0, itemCount)
        self.pageLength = max(1, pageLength)
    }

    /// At least one page, even for an empty list.
    var pageCount: Int { max(1, (itemCount + pageLength - 1) / pageLength) }

    var pages: ClosedRange<Int> { 1...pageCount }

    /// The items of page `page` (1-based), as positions in the list.
    func items(on page: Int) -> Range<Int> {
        let start = min(itemCount, (page - 1) * pageLength)
        return start..<min(itemCount, start + pageLength)
    }

    /// The slugs of `sessions` that page `page` shows, for a page whose list is grouped by session.
    func sessions(on page: Int, of sessions: [String]) -> Set<String> {
        Set(sessions[items(on: page)])
    }

    /// The links between the pages, seen from page `page`; nil when there is one page only.
    /// `itemsKey` names what the items are, in the theme's strings (`items_shown`: sessions).
    func view(page: Int, path: (Int) -> SitePath, context: PageContext, strings: UIStrings, itemsKey: String = "items_shown") -> PaginationView? {
        guard pageCount > 1 else { return nil }
        let range = items(on: page)
        return PaginationView(
            label: strings.format("page_of", ["page": String(page), "count": String(pageCount)]),
            itemsLabel: strings.format(itemsKey, ["first": String(range.lowerBound + 1), "last": String(range.upperBound),
                                                       "count": String(itemCount)]),
            previousHref: page > 1 ? context.link(path(page - 1)) : nil,
            nextHref: page < pageCount ? context.link(path(page + 1)) : nil,
            pages: pages.map { NavigationLinkView(href: context.link(path($0)), label: String($0), current: $0 == page) })
    }
}
