import Diagnostics
import Linking
import Loading
import Markdown

/// Points the links written inside a record at the pages that show their targets, and reports the
/// links that point nowhere.
struct RecordLinkRewriter {
    let resolver: RecordLinkResolver

    func rewriteLinks(under node: MarkdownNode, source: BodySource, log: inout DiagnosticLog) {
        var links: [MarkdownNode] = []
        node.walk { child, entering in
            if entering, child.kind == .link { links.append(child) }
            return .continue
        }
        for link in links {
            switch resolver.resolve(link.url ?? "") {
            case .external:
                continue
            case .resolved(let url):
                link.setURL(url)
            case .broken(let message):
                log.error(message, at: source.location(of: link), rule: .linkBroken)
            }
        }
    }
}
