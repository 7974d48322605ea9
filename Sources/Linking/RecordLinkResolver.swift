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
        case resolved(String)
        case broken(String)
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
                return .broken("a link in the record must point to a paragraph ('#p25'), a report ('../<session>/report.md#p5') or a work plan ('work-plan.md#y2013-5'); '\(url)' is none of these")
            }
            target = (String(components[1]), String(components[2]))
        }
        guard let session = siteMap.session(target.slug) else {
            return .broken("there is no session '\(target.slug)' (in '\(url)')")
        }
        let prefix = target.slug == slug ? "" : "../\(target.slug)/"
        if target.file == "work-plan.md" {
            guard let plan = session.workPlan else { return .broken("session '\(target.slug)' has no work plan (in '\(url)')") }
            guard let fragment else { return .resolved(prefix + "work-plan.html") }
            let anchors = Set(plan.meetings.map(\.anchor) + plan.items.map(\.anchor))
            guard anchors.contains(fragment) else { return .broken("the work plan has no item '#\(fragment)' (in '\(url)')") }
            return .resolved(prefix + "work-plan.html#\(fragment)")
        }
        guard let fragment else { return .resolved(prefix + "index.html") }
        guard fragment.hasPrefix("p"), let number = Int(fragment.dropFirst()),
              let page = siteMap.paragraph(number, in: target.slug) else {
            return .broken("the report of '\(target.slug)' has no paragraph '#\(fragment)' (in '\(url)')")
        }
        return .resolved(prefix + page.page.fileName + "#\(page.fragment)")
    }
}
