import Model

/// Resolves the links an editor writes inside a record to the pages that show their targets:
///
/// - `#p25`: paragraph 25 of the same report;
/// - `report.md#p5`, `../<slug>/report.md#p5`: a paragraph of this or another session's report;
/// - `work-plan.md#y2013-5`, `../<slug>/work-plan.md`: a work plan, or one of its items.
///
/// These are the files' own paths, so the links also work when the Markdown is read on its own.
/// Links with a scheme (`https:`, `mailto:`) are left alone. The result is relative to a session's
/// folder, where all of a session's pages live.
public struct RecordLinkResolver: Sendable {
    public let siteMap: SiteMap
    /// The session whose text holds the links.
    public let slug: String

    public init(siteMap: SiteMap, slug: String) {
        self.siteMap = siteMap
        self.slug = slug
    }

    public enum Resolution: Equatable, Sendable {
        /// Not a link into the record: keep it as written.
        case external
        /// The destination, relative to the session's folder, and the session it leads into.
        case resolved(String, session: String)
        /// Why the link leads nowhere, and the session it names, when it names one.
        case broken(session: String?, String)
    }

    public func resolve(_ url: String) -> Resolution {
        guard !url.isEmpty else { return .external }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/"), !url[..<colon].contains("#") {
            return .external
        }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        let target: (slug: String, file: String)
        if path.isEmpty {
            target = (slug, "report.md")
        } else if path == "report.md" || path == "work-plan.md" {
            target = (slug, path)
        } else {
            let components = path.split(separator: "/")
            guard components.count == 3, components[0] == "..", ["report.md", "work-plan.md"].contains(components[2]) else {
                return .broken(session: nil, "a link in the record must point to a paragraph ('#p25'), a report ('../<session>/report.md#p5') or a work plan ('work-plan.md#y2013-5'); '\(url)' is none of these")
            }
            target = (String(components[1]), String(components[2]))
        }
        let named = target.slug
        guard let session = siteMap.session(named) else {
            return .broken(session: named, "there is no session '\(named)' (in '\(url)')")
        }
        // Every page of a session lives in its folder: a link from any of them is a link from its cover.
        let here = URLScheme.session(slug)
        if target.file == "work-plan.md" {
            guard let plan = session.workPlan else { return .broken(session: named, "session '\(named)' has no work plan (in '\(url)')") }
            guard let fragment else { return .resolved(here.link(to: URLScheme.workPlan(named)), session: named) }
            let anchors = Set(plan.meetings.map(\.anchor) + plan.items.map(\.anchor))
            guard anchors.contains(fragment) else { return .broken(session: named, "the work plan has no item '#\(fragment)' (in '\(url)')") }
            return .resolved(here.link(to: URLScheme.workPlan(named), fragment: fragment), session: named)
        }
        guard let fragment else { return .resolved(here.link(to: URLScheme.session(named)), session: named) }
        guard fragment.hasPrefix("p"), let number = Int(fragment.dropFirst()),
              let page = siteMap.paragraph(number, in: named) else {
            return .broken(session: named, "the report of '\(named)' has no paragraph '#\(fragment)' (in '\(url)')")
        }
        return .resolved(here.link(to: page.page, fragment: page.fragment), session: named)
    }
}
