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

    /// What is wrong with the links of `site`'s pages: each link relative, naming a file that exists and an
    /// anchor that the file has; links out of the site go to undocs.org only, marked external; ids unique.
    /// Also how many links it checked, and how many of them left the site.
    static func problems(in site: BuiltSite) throws -> (problems: [String], checked: Int, externals: Int) {
        var idsByPage: [String: Set<String>] = [:]
        for (path, html) in site.pages { idsByPage[path] = Set(BuiltSite.attributeValues("id", in: html)) }
        var problems: [String] = []
        var checked = 0
        var externals = 0
        func exists(_ target: String) -> Bool { FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(target).path) }
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
                    if !exists(String(link.dropFirst().split(separator: "#").first ?? "")) { problems.append("404.html: \(link)") }
                    continue
                }
                if link.hasPrefix("/") { problems.append("\(path): \(link) is absolute") }
                if link.contains("://") || link.hasPrefix("//") { problems.append("\(path): \(link) leaves the site") }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                let target = file.isEmpty ? path : Self.normalise(folder.isEmpty ? file : "\(folder)/\(file)")
                if !file.isEmpty && file.hasSuffix("/") { problems.append("\(path): \(link) does not name its file") }
                if !exists(target) { problems.append("\(path): \(link) points to a missing file") }
                if let fragment, idsByPage[target]?.contains(fragment) != true { problems.append("\(path): \(link) points to a missing anchor") }
            }
            let external = html.components(separatedBy: "href=\"https://").count - 1
            let marked = (try NSRegularExpression(pattern: "<a href=\"https://undocs\\.org/[^\"]+\"[^>]* rel=\"external\""))
                .numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html))
            if external != marked { problems.append("\(path): a link out of the site does not go to undocs.org or does not say it is external") }
            let ids = BuiltSite.attributeValues("id", in: html)
            for id in Set(ids) where ids.filter({ $0 == id }).count > 1 { problems.append("\(path): id \(id) is not unique") }
        }
        return (problems, checked, externals)
    }

    @Test func everyLinkIsRelativeNamesAFileAndResolves() throws {
        let site = try BuiltSite.build()
        let (problems, checked, externals) = try Self.problems(in: site)
        #expect(problems.isEmpty, "\(problems.prefix(20))")
        #expect(externals > 10)
        #expect(checked > 500, "the check saw the site's links")
    }
}
