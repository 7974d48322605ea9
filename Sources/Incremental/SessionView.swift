import ContentHashing
import Linking
import Model

/// What a session's own pages show of other sessions, as a hash: the structure of each session its
/// text links to (`../<slug>/report.md#p5` resolves to a chapter page), and which of our sessions each
/// document symbol it cites is (a symbol of ours links to that session). Adding a session changes this
/// only for the sessions that link to it or cite its symbol.
public enum SessionView {
    public static func key(linkedSessions: [String], citedSymbols: [String], siteMap: SiteMap, sessionsBySymbol: [String: String]) -> String {
        var hash = ContentHash()
        for slug in Set(linkedSessions).sorted() {
            hash.add(slug)
            guard let session = siteMap.session(slug) else {
                hash.add("absent")
                continue
            }
            hash.add(session.report.paragraphLayout)
            if let plan = session.workPlan {
                hash.add("plan: " + (plan.meetings.map(\.anchor) + plan.items.map(\.anchor)).joined(separator: ","))
            }
        }
        for symbol in Set(citedSymbols).sorted() {
            hash.add(symbol)
            hash.add(sessionsBySymbol[symbol] ?? "-")
        }
        return hash.hex
    }

    /// The sessions a Markdown text links to: `../<slug>/report.md` and `../<slug>/work-plan.md`.
    public static func linkedSessions(in text: String) -> [String] {
        var slugs: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "../") {
            let after = rest[start.upperBound...]
            if let slash = after.firstIndex(of: "/") {
                let slug = after[..<slash]
                let file = after[after.index(after: slash)...]
                if !slug.isEmpty, slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                   file.hasPrefix("report.md") || file.hasPrefix("work-plan.md") {
                    slugs.append(String(slug))
                }
            }
            rest = after
        }
        return slugs
    }
}
