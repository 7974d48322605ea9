import Model

/// Where a reference in the text leads: an article page, a chapter on the article index, a resolution's
/// entry, one of our sessions for one of our reports' symbols, otherwise the UN's permalink.
public struct ReferenceLinks: Sendable {
    /// Document symbol → the slug of the session whose report it is.
    public let sessionsBySymbol: [String: String]

    public init(sessions: [Session]) {
        var bySymbol: [String: String] = [:]
        for session in sessions {
            if let symbol = session.metadata.symbol { bySymbol[symbol] = session.slug }
        }
        self.sessionsBySymbol = bySymbol
    }

    public enum Destination: Sendable, Hashable {
        case page(SitePath, fragment: String?)
        case external(String)
    }

    public func destination(of target: ReferenceTarget) -> Destination {
        switch target {
        case .article(let number):
            return .page(URLScheme.article(number), fragment: nil)
        case .conventionChapter(let number):
            return .page(URLScheme.conventionChapter(number), fragment: nil)
        case .resolution(let resolution):
            return .page(URLScheme.resolution(resolution.anchor), fragment: nil)
        case .document(let symbol):
            if let slug = sessionsBySymbol[symbol] { return .page(URLScheme.session(slug), fragment: nil) }
            if symbol.contains("-"), symbol.split(separator: "/").last?.contains(".") == true {
                // A range of addenda (…/Add.1-3) has no single permalink: its page lists each one.
                return .page(URLScheme.document(URLScheme.documentAnchor(symbol)), fragment: nil)
            }
            return .external(URLScheme.undocs(symbol))
        case .participant(let id):
            return .page(URLScheme.participant(id), fragment: nil)
        }
    }

    /// The link from `page` to the target.
    public func href(of target: ReferenceTarget, from page: SitePath) -> (href: String, isExternal: Bool) {
        switch destination(of: target) {
        case .page(let path, let fragment): return (page.link(to: path, fragment: fragment), false)
        case .external(let url): return (url, true)
        }
    }
}
