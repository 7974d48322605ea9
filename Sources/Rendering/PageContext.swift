import Linking
import Model

/// What every page's layout needs: where the page is, its title, its breadcrumbs, the interface strings.
struct PageContext {
    let path: SitePath
    let site: SiteConfiguration
    let strings: UIStrings
    let recordLanguage: String
    let builtOn: String?

    /// A relative link from this page.
    func link(_ target: SitePath, _ fragment: String? = nil) -> String {
        path.link(to: target, fragment: fragment)
    }

    /// `trail`: the breadcrumbs after Home, the current page last (no link); empty on the home page.
    func layout(title: String, trail: [(label: String, target: SitePath?)], content: String) -> [String: Any] {
        let full: [(label: String, target: SitePath?)] = trail.isEmpty ? [] : [(strings["home"], URLScheme.home)] + trail
        let crumbs: [[String: Any]] = full.map { crumb in
            var item: [String: Any] = ["label": crumb.label]
            if let target = crumb.target { item["href"] = link(target) }
            return item
        }
        return [
            "lang": strings.language.tag,
            "recordLang": recordLanguage,
            "pageTitle": title,
            "siteTitle": site.title.text(in: strings.language),
            "homeHref": link(URLScheme.home),
            "navigation": [
                (URLScheme.home, strings["home"]),
                (URLScheme.articlesIndex, strings["articles_index"]),
                (URLScheme.participantsIndex, strings["participants"]),
                (URLScheme.glossaryChinese, strings["glossary"]),
                (URLScheme.resolutionsIndex, strings["resolutions"]),
                (URLScheme.documentsIndex, strings["documents"]),
            ].map { target, label -> [String: Any] in
                ["href": link(target), "label": label, "current": target == path]
            },
            "stylesheetHref": link(URLScheme.stylesheet),
            "breadcrumbs": crumbs.count > 1 ? ["items": crumbs] as [String: Any] : false,
            "content": content,
            "builtOn": builtOn ?? false,
            "s": strings.table,
        ]
    }
}
