import Analysis
import Model

/// For English readers of a Chinese record: what each chapter and section heading is about, in English —
/// the Convention's articles its heading names (with their titles) and the glossary's terms it holds.
/// Shown under the headings in the English interface (`lang="en"`); the headings stay as written.
struct HeadingGlosses {
    private var glosses: [GlossaryAnalysis.Heading: String] = [:]

    init(analysis: SessionAnalysis, convention: ConventionRegistry, glossary: Glossary, strings: UIStrings) {
        guard strings.language == .en else { return }
        var articles: [GlossaryAnalysis.Heading: [Int]] = [:]
        for mention in analysis.references.mentions {
            guard case .chapterHeading(let chapter, _) = mention.place, case .article(let number) = mention.target else { continue }
            let heading = GlossaryAnalysis.Heading(chapter: chapter, section: nil)
            if !(articles[heading] ?? []).contains(number) { articles[heading, default: []].append(number) }
        }
        let headings = Set(articles.keys).union(analysis.glossary.entriesByHeading.keys)
        for heading in headings {
            var parts = (articles[heading] ?? []).map { number in
                strings.format("gloss_article", ["number": String(number), "title": convention.article(number)?.title.en ?? ""])
            }
            // A term that is an article's title (第 54 条's) is said once, with its article.
            let titles = Set((articles[heading] ?? []).compactMap { convention.article($0)?.title.en.lowercased() })
            let terms = (analysis.glossary.entriesByHeading[heading] ?? []).compactMap { glossary.entry(id: $0)?.englishLabel }
                .filter { !titles.contains($0.lowercased()) }
            if !terms.isEmpty { parts.append(strings.format("gloss_terms", ["terms": terms.joined(separator: ", ")])) }
            if !parts.isEmpty { glosses[heading] = parts.joined(separator: "; ") }
        }
    }

    func gloss(chapter: Int, section: String? = nil) -> String? {
        glosses[GlossaryAnalysis.Heading(chapter: chapter, section: section)]
    }
}
