import Foundation
import Testing

@Suite("End to end: links and anchors")
struct LinkIntegrityTests {
    /// `a/b/../../c/d.html` → `c/d.html`.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    @Test func everyLinkIsRelativeNamesAFileAndResolves() throws {
        let site = try BuiltSite.build()
        var idsByPage: [String: Set<String>] = [:]
        for (path, html) in site.pages { idsByPage[path] = Set(BuiltSite.attributeValues("id", in: html)) }
        var checked = 0
        var externals = 0
        for (path, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            let folder = (path as NSString).deletingLastPathComponent
            for link in BuiltSite.attributeValues("href", in: html) + BuiltSite.attributeValues("src", in: html) {
                checked += 1
                if link.hasPrefix("https://undocs.org/") {
                    // The one way out of the site: UN documents at their official permalinks, marked external.
                    externals += 1
                    continue
                }
                if path == "404.html", link.hasPrefix("/") {
                    // Answered at any address, the 404 page links from the site's root (`/` without a base address).
                    let target = String(link.dropFirst().split(separator: "#").first ?? "")
                    #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(target).path), "404.html: \(link)")
                    continue
                }
                #expect(!link.hasPrefix("/"), "\(path): \(link) is absolute")
                #expect(!link.contains("://") && !link.hasPrefix("//"), "\(path): \(link) leaves the site")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                let target = file.isEmpty ? path : Self.normalise(folder.isEmpty ? file : "\(folder)/\(file)")
                #expect(file.isEmpty || !file.hasSuffix("/"), "\(path): \(link) does not name its file")
                #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(target).path),
                        "\(path): \(link) points to a missing file")
                if let fragment {
                    #expect(idsByPage[target]?.contains(fragment) == true, "\(path): \(link) points to a missing anchor")
                }
            }
            let external = html.components(separatedBy: "href=\"https://").count - 1
            let marked = (try NSRegularExpression(pattern: "<a href=\"https://undocs\\.org/[^\"]+\"[^>]* rel=\"external\""))
                .numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html))
            #expect(external == marked, "\(path): every link out of the site goes to undocs.org and says it is external")
            for id in BuiltSite.attributeValues("id", in: html) {
                #expect(BuiltSite.attributeValues("id", in: html).filter { $0 == id }.count == 1, "\(path): id \(id) is not unique")
            }
        }
        #expect(externals > 10)
        #expect(checked > 500, "the check saw the site's links")
    }
}
