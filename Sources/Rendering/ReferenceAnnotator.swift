import Analysis
import Diagnostics
import Linking
import Markdown
import Model

/// Turns each reference found in the text into a link, changing nothing else: the annotated words
/// are wrapped, and stay text.
struct ReferenceAnnotator {
    let links: ReferenceLinks
    let convention: ConventionRegistry
    let strings: UIStrings
    /// A page in the session's folder: every page of a session lives there, so one link fits all.
    let sessionPage: SitePath

    func annotate(_ texts: [ReferenceAnalysis.LinkedText], log: inout DiagnosticLog) {
        for text in texts {
            let annotations = text.references.map { reference -> TextAnnotation in
                let destination = links.href(of: reference.target, from: sessionPage)
                var attributes = "href=\"\(HTMLEscaping.escape(destination.href))\" class=\"ref \(cssClass(reference.target))\""
                if destination.isExternal { attributes += " rel=\"external\"" }
                if let title = title(of: reference.target) { attributes += " title=\"\(HTMLEscaping.escape(title))\"" }
                return TextAnnotation(utf8Range: reference.utf8Range, openingHTML: "<a \(attributes)>", closingHTML: "</a>")
            }
            do {
                try text.node.annotate(annotations)
            } catch {
                // The scanner gives ordered, non-overlapping ranges on character boundaries; this is a bug if seen.
                log.warning("could not link the references in this text (\(error))",
                            at: SourceLocation(path: "line \(text.node.range.startLine)"))
            }
        }
    }

    private func cssClass(_ target: ReferenceTarget) -> String {
        switch target {
        case .article: return "ref-article"
        case .conventionChapter: return "ref-chapter"
        case .resolution: return "ref-resolution"
        case .document: return "ref-document"
        case .participant: return "ref-participant"
        }
    }

    /// The tooltip: the article's official titles, the resolution's body, the symbol.
    private func title(of target: ReferenceTarget) -> String? {
        switch target {
        case .article(let number):
            guard let article = convention.article(number) else { return nil }
            return "\(strings.format("article_number", ["number": String(number)])): \(article.title.zh) / Article \(number): \(article.title.en)"
        case .conventionChapter(let number):
            guard let chapter = convention.chapter(number) else { return nil }
            return "\(chapter.title.zh) / Chapter \(chapter.roman): \(chapter.title.en)"
        case .resolution(let resolution):
            return strings.format("resolution_of", ["body": strings["body_\(resolution.body.rawValue)"], "number": resolution.number])
        case .document(let symbol):
            return symbol
        case .participant:
            return nil
        }
    }
}
