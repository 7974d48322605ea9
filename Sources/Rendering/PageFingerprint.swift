import ContentHashing
import Foundation

/// The hash of everything a page is rendered from: its template, title, breadcrumbs, layout options and
/// the values its template reads. Two renderings with the same fingerprint (and the same theme, strings
/// and options, which the build cache's shared key covers) give the same bytes, so a page whose
/// fingerprint is unchanged is taken from the previous output instead of rendered again.
enum PageFingerprint {
    static func of(_ page: RenderedPage, linksFromRoot: String?) -> String {
        var hash = ContentHash()
        hash.add(page.context.path.value)
        hash.add(linksFromRoot ?? "-")
        hash.add(page.template)
        hash.add(page.title)
        for crumb in page.trail {
            hash.add(crumb.label)
            hash.add(crumb.target?.value ?? "-")
        }
        hash.add(page.layoutOptions.scripts.map(\.value).joined(separator: " "))
        hash.add(page.layoutOptions.showsSearchBox ? "search box" : "no search box")
        hash.add(page.layoutOptions.isErrorPage ? "error page" : "page")
        hash.add(page.layoutOptions.aknFile?.value ?? "no AKN file")
        hash.add(page.layoutOptions.headStyle ?? "no head style")
        hash.add(page.context.recordLanguage)
        add(page.values, to: &hash)
        return hash.hex
    }

    /// A template value: strings, numbers and booleans, arrays and dictionaries of them (keys sorted).
    private static func add(_ value: Any, to hash: inout ContentHash) {
        switch value {
        case let text as String:
            hash.add("s")
            hash.add(text)
        case let flag as Bool:
            hash.add(flag ? "true" : "false")
        case let number as Int:
            hash.add("i\(number)")
        case let dictionary as [String: Any]:
            hash.add("{")
            for key in dictionary.keys.sorted() {
                hash.add(key)
                if let element = dictionary[key] { add(element, to: &hash) }
            }
            hash.add("}")
        case let array as [Any]:
            hash.add("[")
            for element in array { add(element, to: &hash) }
            hash.add("]")
        default:
            // Anything else is described in full, so that a difference is never missed.
            hash.add("?\(type(of: value))")
            hash.add(String(reflecting: value))
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
