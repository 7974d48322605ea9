import ContentHashing
import Foundation
import Templates

/// The hash of everything a page is rendered from: its template, title, breadcrumbs, layout options and
/// the values its template reads. Two renderings with the same fingerprint (and the same theme, strings
/// and options, which the build cache's shared key covers) give the same bytes, so a page whose
/// fingerprint is unchanged is taken from the previous output instead of rendered again.
enum PageFingerprint {
    /// `body` and `layout` are the page's encoded views (the layout's without the body's HTML).
    static func of(_ page: RenderedPage, body: TemplateValue, layout: TemplateValue) -> String {
        var hash = ContentHash()
        hash.add(page.context.path.value)
        hash.add(page.context.linksFromRoot ?? "-")
        hash.add(page.template.rawValue)
        hash.add(page.context.recordLanguage)
        add(body, to: &hash)
        add(layout, to: &hash)
        return hash.hex
    }

    /// A template value, each kind marked, object members in the order of their names.
    private static func add(_ value: TemplateValue, to hash: inout ContentHash) {
        switch value {
        case .text(let text):
            hash.add("s")
            hash.add(text)
        case .flag(let flag):
            hash.add(flag ? "true" : "false")
        case .number(let number):
            hash.add("i\(number)")
        case .object(let members):
            hash.add("{")
            for key in members.keys.sorted() {
                hash.add(key)
                if let member = members[key] { add(member, to: &hash) }
            }
            hash.add("}")
        case .list(let items):
            hash.add("[")
            for item in items { add(item, to: &hash) }
            hash.add("]")
        }
    }
}

/// The pages of the previous build, by path, with the fingerprints they were rendered from.
public struct PreviousPages: Sendable {
    public let fingerprints: [String: String]
    public let outputPath: String

    public init(fingerprints: [String: String], outputPath: String) {
        self.fingerprints = fingerprints
        self.outputPath = outputPath
    }

    /// Whether the previous output holds the page rendered from `fingerprint`.
    func holds(_ path: String, fingerprint: String) -> Bool {
        fingerprints[path] == fingerprint && FileManager.default.fileExists(atPath: "\(outputPath)/\(path)")
    }
}
