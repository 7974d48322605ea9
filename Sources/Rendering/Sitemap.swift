import Linking
import Model
import Templates

/// `sitemap.xml` (sitemaps.org 0.9) of every page, with `hreflang` alternates for pages that exist in
/// other interface languages.
struct Sitemap {
    let publishing: Publishing
    /// The date of the build, when known (`SOURCE_DATE_EPOCH`); the clock is never read.
    let lastModified: CalendarDate?

    /// `pages` are the pages of the first interface version; each is listed in every version, and, when
    /// there are several, with all of them as `hreflang` alternates (its own included, as Google asks).
    /// `files` are listed once, as they are: files for machines that are the same in every version (the
    /// sessions' AKN files).
    func file(pages: [SitePath], files: [SitePath] = [], versions: [InterfaceVersion]) -> OutputFile? {
        let versions = versions.isEmpty ? [InterfaceVersion(language: .zh, folder: "")] : versions
        var listed: [SitePath] = []
        var alternates: [SitePath: [(language: String, path: SitePath)]] = [:]
        for page in pages {
            for version in versions {
                let placed = version.place(page)
                listed.append(placed)
                if versions.count > 1 { alternates[placed] = versions.map { ($0.language.tag, $0.place(page)) } }
            }
        }
        return file(pages: listed + files, alternates: alternates)
    }

    private func file(pages: [SitePath], alternates: [SitePath: [(language: String, path: SitePath)]]) -> OutputFile? {
        guard publishing.baseURL != nil else { return nil }
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for page in pages {
            guard let location = publishing.absoluteURL(page) else { continue }
            xml += "<url><loc>\(HTMLEscaping.escape(location))</loc>"
            if let lastModified { xml += "<lastmod>\(lastModified.iso)</lastmod>" }
            for alternate in alternates[page] ?? [] {
                guard let href = publishing.absoluteURL(alternate.path) else { continue }
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(HTMLEscaping.escape(href))\"/>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: URLScheme.sitemap, text: xml)
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named.
    func robots() -> OutputFile? {
        guard let sitemap = publishing.absoluteURL(URLScheme.sitemap) else { return nil }
        return OutputFile(path: URLScheme.robots, text: "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n")
    }
}
