import Diagnostics
import Loading
import Markdown

/// The link stage for the links an editor wrote inside a session's record: each one resolved once, to
/// the page that shows its target (`#p25` → `chapter-3.html#p25`), for every page and interface version
/// that shows the text. A link that leads nowhere is an error of this step, at its place in the file.
public struct RecordLinks {
    /// Each link node of the session's paragraphs and work-plan items whose destination changes.
    public let destinations: [MarkdownNode: String]
    /// The sessions the links point into (besides this one): what the session's pages show of others.
    public let linkedSessions: [String]

    public init(_ session: LoadedSession, resolver: RecordLinkResolver, log: inout DiagnosticLog) {
        var destinations: [MarkdownNode: String] = [:]
        var linkedSessions: Set<String> = []
        func resolveLinks(under node: MarkdownNode, source: BodySource) {
            node.walk { child, entering in
                guard entering, child.kind == .link else { return .continue }
                let url = child.url ?? ""
                switch resolver.resolve(url) {
                case .external:
                    break
                case .resolved(let destination, let slug):
                    destinations[child] = destination
                    if slug != resolver.slug { linkedSessions.insert(slug) }
                case .broken(let slug, let message):
                    log.error(message, at: source.location(of: child), rule: .linkBroken)
                    if let slug, slug != resolver.slug { linkedSessions.insert(slug) }
                }
                return .continue
            }
        }
        for paragraph in session.session.report.paragraphs {
            guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
            resolveLinks(under: node, source: session.report.source)
        }
        if let plan = session.workPlan {
            for item in plan.workPlan.items {
                guard let node = plan.itemNodes[item.anchor] else { continue }
                resolveLinks(under: node, source: plan.source)
            }
        }
        self.destinations = destinations
        self.linkedSessions = linkedSessions.sorted()
    }
}
