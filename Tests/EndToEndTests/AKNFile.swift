import AkomaNtoso
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A session's AKN file as the tests read it, and the schema they validate it against.
struct AKNFile {
    let document: XMLDocument

    init(_ url: URL) throws {
        document = try XMLDocument(contentsOf: url, options: [])
    }

    static var schema: String { Repository.root.appendingPathComponent("Tests/Fixtures/schemas/akomantoso/akomantoso30.xsd").path }

    /// Every AKN file under a built site's folder, by its path in the site.
    static func files(in site: URL) throws -> [(path: String, contents: Data)] {
        var files: [(path: String, contents: Data)] = []
        let enumerator = FileManager.default.enumerator(atPath: site.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".akn.xml") else { continue }
            files.append((relative, try Data(contentsOf: site.appendingPathComponent(relative))))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The elements named `name` (in the AKN namespace), in document order.
    func elements(_ name: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    /// The value of `attribute` on the first element `name`.
    func value(_ name: String, _ attribute: String) throws -> String? {
        try elements(name).first?.attributeValue(attribute)
    }

    /// Each numbered paragraph, by number: its text (without its `<num>`, blocks separated by a space,
    /// whitespace runs as one space) and the articles its `<ref>`s cite.
    func paragraphs() throws -> [Int: (text: String, articles: Set<Int>)] {
        var result: [Int: (text: String, articles: Set<Int>)] = [:]
        for (eId, value) in try texts(of: "paragraph") {
            guard eId.hasPrefix("para_"), let number = Int(eId.dropFirst("para_".count)) else { continue }
            result[number] = value
        }
        return result
    }

    /// Each element `name` by its eId: its text and cited articles, as `paragraphs()` gives them.
    func texts(of name: String) throws -> [String: (text: String, articles: Set<Int>)] {
        var result: [String: (text: String, articles: Set<Int>)] = [:]
        for element in try elements(name) {
            guard let eId = element.attributeValue("eId") else { continue }
            var text = ""
            Self.collectText(element, into: &text)
            let hrefs = try element.nodes(forXPath: ".//*[local-name()='ref']").compactMap { ($0 as? XMLElement)?.attributeValue("href") }
            result[eId] = (AKNText.normalized(text), Set(hrefs.compactMap(AKNText.article(inAKNHref:))))
        }
        return result
    }

    private static let blocks: Set<String> = ["p", "blockList", "item", "blockContainer", "intro", "content"]

    private static func collectText(_ node: XMLNode, into text: inout String) {
        for child in node.children ?? [] {
            if child.kind == .text { text += child.stringValue ?? ""; continue }
            guard let element = child as? XMLElement, element.localName != "num" else { continue }
            let isBlock = blocks.contains(element.localName ?? "")
            if isBlock { text += " " }
            collectText(element, into: &text)
            if isBlock { text += " " }
        }
    }
}

extension XMLElement {
    /// The value of an attribute without a namespace (FoundationXML's `attribute(forName:)` finds none
    /// on an element in a default namespace).
    func attributeValue(_ name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }
}

/// Texts and citations compared between the AKN file and the HTML pages.
enum AKNText {
    /// Whitespace runs as one space, trimmed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `…/uncac/!main#art_54__para_2` → 54.
    static func article(inAKNHref href: String) -> Int? {
        guard href.hasPrefix(ConventionWork.main + "#art_") else { return nil }
        return Int(href.dropFirst((ConventionWork.main + "#art_").count).prefix { $0.isNumber })
    }

    /// A paragraph of an HTML page by its anchor: the text of its body before the work plan it embeds
    /// and its "see also" links (block tags as a space, whitespace runs as one space), and the articles
    /// it links to.
    static func htmlParagraph(_ anchor: String, in html: String) -> (text: String, articles: Set<Int>)? {
        guard let start = html.range(of: "<div class=\"para\" id=\"\(anchor)\">"),
              let body = html.range(of: "<div class=\"para-body\">", range: start.upperBound..<html.endIndex) else { return nil }
        return text(in: html, from: body.lowerBound, upTo: ["<div class=\"work-plan\">", "<p class=\"see-also\">", "</div>"])
    }

    /// A work-plan item of the work-plan page by its anchor (`y2013-5`): its text and notes, and the
    /// articles it links to.
    static func htmlWorkPlanItem(_ anchor: String, in html: String) -> (text: String, articles: Set<Int>)? {
        guard let start = html.range(of: "<li class=\"work-plan-item\" id=\"\(anchor)\"") else { return nil }
        return text(in: html, from: start.upperBound, upTo: ["<li class=\"work-plan-item\"", "</ol>"])
    }

    /// The text from the end of the tag that opens at `start` to the first of `ends`.
    private static func text(in html: String, from start: String.Index, upTo ends: [String]) -> (text: String, articles: Set<Int>)? {
        guard let body = html[start...].firstIndex(of: ">").map(html.index(after:)),
              let end = ends.compactMap({ html.range(of: $0, range: body..<html.endIndex)?.lowerBound }).min() else { return nil }
        let inner = String(html[body..<end])
        let articles = BuiltSite.attributeValues("href", in: inner).compactMap { href -> Int? in
            guard href.hasPrefix("../../articles/"), href.hasSuffix(".html") else { return nil }
            return Int(href.dropFirst("../../articles/".count).dropLast(".html".count))
        }
        let text = inner
            .replacingOccurrences(of: "</?(p|ol|ul|li|blockquote|pre|div)( [^>]*)?>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return (normalized(text), Set(articles))
    }
}
