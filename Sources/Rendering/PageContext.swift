import Linking
import Model

/// What every page's layout needs: where the page is, its title, its breadcrumbs, the interface strings.
struct PageContext: Sendable {
    let path: SitePath
    let site: SiteConfiguration
    let strings: UIStrings
    let recordLanguage: String
    let builtOn: String?
    let publishing: Publishing
    /// The interface version the page belongs to, and all the site's versions (one unless the site is
    /// built in several interface languages).
    var version = InterfaceVersion(language: .zh, folder: "")
    var versions: [InterfaceVersion] = []
    /// For the 404 page, which a server answers at any address: links start from the site's root path
    /// (`/records/assets/style.css`) instead of being relative to the page.
    var linksFromRoot: String?

    /// A relative link from this page.
    func link(_ target: SitePath, _ fragment: String? = nil) -> String {
        if let root = linksFromRoot { return root + target.value + (fragment.map { "#\($0)" } ?? "") }
        return path.link(to: target, fragment: fragment)
    }

    /// A CJK unified ideograph.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// `trail`: the breadcrumbs after Home, the current page last (no link); empty on the home page.
    func layout(title: String, trail: [(label: String, target: SitePath?)], content: String,
                options: LayoutOptions = LayoutOptions()) -> LayoutView {
        let full: [(label: String, target: SitePath?)] = trail.isEmpty ? [] : [(strings["home"], URLScheme.home)] + trail
        let crumbs = full.map { crumb in
            LayoutView.Crumb(label: crumb.label, href: crumb.target.map { link($0) },
                             crumbLang: strings.language != .zh && crumb.label.unicodeScalars.contains(where: Self.isHan) ? recordLanguage : nil)
        }
        let navigation: [(SitePath, String)] = [
            (URLScheme.home, strings["home"]),
            (URLScheme.articlesIndex, strings["articles_index"]),
            (URLScheme.participantsIndex, strings["participants"]),
            (URLScheme.glossaryChinese, strings["glossary"]),
            (URLScheme.resolutionsIndex, strings["resolutions"]),
            (URLScheme.documentsIndex, strings["documents"]),
        ]
        var view = LayoutView(
            lang: strings.language.tag, recordLang: recordLanguage, pageTitle: title, siteTitle: site.title.text(in: strings.language),
            homeHref: link(URLScheme.home),
            navigation: navigation.map { .init(href: link($0.0), label: $0.1, current: $0.0 == path) },
            stylesheetHref: link(URLScheme.stylesheet),
            breadcrumbs: crumbs.count > 1 ? .init(items: crumbs) : nil,
            content: content, builtOn: builtOn, s: strings.table, searchHref: link(URLScheme.search),
            hasSearchBox: options.showsSearchBox, scripts: options.scripts.map { .init(src: link($0)) },
            aknHref: options.aknFile.map { link($0) }, headStyle: options.headStyle)
        if !options.isErrorPage { view.canonicalURL = publishing.absoluteURL(version.place(path)) }
        if versions.count > 1 {
            let here = version.place(path)
            view.hasLanguages = true
            view.languages = versions.map { other in
                .init(label: other.language.nativeName, lang: other.language.tag, href: here.link(to: other.place(path)),
                      current: other == version, url: options.isErrorPage ? nil : publishing.absoluteURL(other.place(path)))
            }
        }
        if publishing.baseURL != nil {
            view.feedHref = link(URLScheme.feed)
            view.feedTitle = strings.format("feed_title", ["site": site.title.text(in: strings.language)])
        }
        return view
    }
}

/// What a page asks of the layout beyond its content.
struct LayoutOptions: Sendable {
    /// Scripts loaded at the end of the body, in order.
    var scripts: [SitePath] = []
    /// The search box in the header (not on the search page, which has its own).
    var showsSearchBox = true
    /// The 404 page: it has no canonical address (its links start from the site's root: `linksFromRoot`).
    var isErrorPage = false
    /// The session's Akoma Ntoso file, named in the head as an alternate (`application/akn+xml`).
    var aknFile: SitePath?
    /// CSS for a `<style>` element in the head, written by Swift (never from content unescaped): the
    /// full report's running header for print, the 404 page's copy of the stylesheet.
    var headStyle: String?
}

/// A CSS string literal (with its quotes) that shows `text`: quotes, backslashes, angle brackets and
/// control characters are written as CSS escapes, so that no value can end the string or the `<style>`.
func cssString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\" + String(scalar.value, radix: 16) + " "
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
