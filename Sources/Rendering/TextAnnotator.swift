import Analysis
import Linking
import Markdown
import Model

/// Turns each reference and each glossary term found in the text into a link, changing nothing else:
/// the annotated words are wrapped, and stay text.
struct TextAnnotator {
    let links: ReferenceLinks
    let convention: ConventionRegistry
    let glossary: Glossary
    let strings: UIStrings
    /// A page in the session's folder: every page of a session lives there, so one link fits all.
    let sessionPage: SitePath

    /// The markup around each reference and term, by text node: values for the renderer, which leaves
    /// the parsed text as it is.
    /// `page`: the kind of page the text is shown on, where each term links once.
    func annotations(references: [ReferenceAnalysis.LinkedText], terms: [GlossaryAnalysis.LinkedText],
                     on page: GlossaryAnalysis.Page) -> [MarkdownNode: [TextAnnotation]] {
        var byNode: [MarkdownNode: [TextAnnotation]] = [:]
        var referenceMarkup: [ReferenceTarget: String] = [:]
        var termMarkup: [TermMarkupKey: String?] = [:]
        for text in references {
            byNode[text.node, default: []] += text.references.map { reference in
                let opening = referenceMarkup[reference.target] ?? openingTag(for: reference.target)
                referenceMarkup[reference.target] = opening
                return TextAnnotation(utf8Range: reference.utf8Range, openingHTML: opening, closingHTML: "</a>")
            }
        }
        for text in terms {
            byNode[text.node, default: []] += text.terms.compactMap { term in
                let key = TermMarkupKey(entryID: term.entryID, isLinked: term.isLinked(on: page), followsTerm: term.followsTerm)
                let opening = termMarkup[key] ?? openingTag(forTerm: key)
                termMarkup[key] = opening
                return opening.map { TextAnnotation(utf8Range: term.utf8Range, openingHTML: $0, closingHTML: key.isLinked ? "</a>" : "</span>") }
            }
        }
        return byNode
    }

    private func openingTag(for target: ReferenceTarget) -> String {
        let destination = links.href(of: target, from: sessionPage)
        return HTMLTag.open("a", ["href": destination.href, "class": "ref \(cssClass(target))",
                                  "rel": destination.isExternal ? "external" : nil, "title": title(of: target)])
    }

    /// A term links to its glossary entry; its English term shows on hover and on focus (CSS, from
    /// `data-en`) and is its accessible description (`aria-describedby`, a hidden element on the page).
    /// A quiet use (a later one in its chapter, or a common word) is a `span` that shows as a term only
    /// when the reader turns every term on; a term right after another is marked, so the two look apart.
    private func openingTag(forTerm key: TermMarkupKey) -> String? {
        guard let entry = glossary.entry(id: key.entryID) else { return nil }
        let classes = (key.isLinked ? "term" : "term-quiet") + (key.followsTerm ? " term-next" : "")
        guard key.isLinked else { return HTMLTag.open("span", ["class": classes, "data-en": entry.englishLabel]) }
        let href = sessionPage.link(to: URLScheme.glossaryChinese, fragment: entry.anchor)
        return HTMLTag.open("a", ["href": href, "class": classes, "lang": "zh-Hans", "data-en": entry.englishLabel,
                                  "aria-describedby": Self.descriptionID(of: entry)])
    }

    /// The id of the hidden element that holds the English term of `entry` on a page.
    static func descriptionID(of entry: GlossaryEntry) -> String { "term-en-\(entry.id)" }

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
            let titleZh = article.isChineseTitleConfirmed ? article.title.zh
                : strings.format("title_unconfirmed_in_tooltip", ["title": article.title.zh])
            return strings.format("article_tooltip", ["label": strings.format("article_number", ["number": String(number)]),
                                                      "title_zh": titleZh, "title_en": article.title.en,
                                                      "label_en": strings.format("article_label_en", ["number": String(number)])])
        case .conventionChapter(let number):
            guard let chapter = convention.chapter(number) else { return nil }
            return strings.format("chapter_tooltip", ["title_zh": chapter.title.zh, "title_en": chapter.title.en,
                                                      "label_en": strings.format("chapter_label_en", ["roman": chapter.roman])])
        case .resolution(let resolution):
            return strings.format("resolution_of", ["body": strings["body_\(resolution.body.rawValue)"], "number": resolution.number])
        case .document(let symbol):
            return symbol
        case .participant:
            return nil
        }
    }
}

/// What a term's opening tag depends on, so that each is made once per page.
private struct TermMarkupKey: Hashable {
    let entryID: String
    let isLinked: Bool
    let followsTerm: Bool
}
