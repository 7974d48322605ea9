import Foundation
import Pipeline

/// The real `Content/` built once into a temporary folder, and helpers to read the HTML.
struct BuiltSite {
    let folder: URL
    let pages: [String: String]

    /// `configure` sets further options (a base address, an archive) on the build's options.
    static func build(content: String = Repository.content, configure: (inout BuildOptions) -> Void = { _ in }) throws -> BuiltSite {
        let folder = try Repository.temporaryFolder().appendingPathComponent("Public")
        var options = BuildOptions(contentPath: content, themePath: Repository.theme, outputPath: folder.path)
        configure(&options)
        _ = try SiteBuilder(options: options).build()
        var pages: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".html") else { continue }
            pages[relative] = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
        }
        return BuiltSite(folder: folder, pages: pages)
    }

    /// Every value of `attribute` in `html`.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\s\(attribute)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// The text inside the element with `id`, tags removed and entities decoded (enough for our own output).
    static func textOfParagraph(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<div class=\"para\" id=\"\(id)\">") else { return nil }
        guard let bodyStart = html.range(of: "<div class=\"para-body\">", range: start.upperBound..<html.endIndex) else { return nil }
        var depth = 1
        var index = bodyStart.upperBound
        while index < html.endIndex, depth > 0 {
            if html[index...].hasPrefix("<div") { depth += 1 }
            if html[index...].hasPrefix("</div>") { depth -= 1 }
            if depth == 0 { break }
            index = html.index(after: index)
        }
        let inner = String(html[bodyStart.upperBound..<index])
        let withoutTags = inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return withoutTags
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
