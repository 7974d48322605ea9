import Diagnostics
import Model

/// Reads `Content/reference/articles.yml`: the Convention's chapters and articles with their titles, and
/// the sources the Chinese titles were checked against. Each article says which sources confirm its
/// Chinese title (`zh_confirmed_by: [sherloc-zh]`), or that none does (`zh_confirmed_by: []`).
public enum ConventionRegistryReader {
    public static func read(_ file: TextFile, log: inout DiagnosticLog) -> ConventionRegistry {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["sources", "chapters", "articles"], log: &log)
        let sources = root.referenceSources(log: &log)
        var chapters: [ConventionChapter] = []
        for entry in root.mappings("chapters", log: &log) {
            entry.rejectUnknownKeys(allowed: ["number", "roman", "title", "first_article", "last_article"], log: &log)
            guard let number = entry.integer("number", required: true, range: 1...100, log: &log),
                  let roman = entry.string("roman", required: true, log: &log),
                  let title = entry.bilingualText("title", required: true, log: &log),
                  let first = entry.integer("first_article", required: true, range: 1...1000, log: &log),
                  let last = entry.integer("last_article", required: true, range: 1...1000, log: &log) else { continue }
            guard first <= last else {
                log.error("chapter \(roman) ends (\(last)) before it starts (\(first))", at: entry.location, rule: .articlesInconsistent)
                continue
            }
            chapters.append(ConventionChapter(number: number, roman: roman, title: title, articles: first...last))
        }
        var articles: [ConventionArticle] = []
        var seen: [Int: SourceLocation] = [:]
        for entry in root.mappings("articles", log: &log) {
            entry.rejectUnknownKeys(allowed: ["number", "chapter", "title", "zh_confirmed_by"], log: &log)
            guard let number = entry.integer("number", required: true, range: 1...1000, log: &log),
                  let chapter = entry.integer("chapter", required: true, range: 1...100, log: &log),
                  let title = entry.bilingualText("title", required: true, log: &log) else { continue }
            guard let confirmedBy = entry.sourceIDs("zh_confirmed_by", in: sources, log: &log) else {
                log.error("missing required key 'zh_confirmed_by' (the sources that confirm the Chinese title, [] when none does)",
                          at: entry.location, rule: .valueInvalid)
                continue
            }
            if let earlier = seen[number] {
                log.error("article \(number) is listed twice; the first is at line \(earlier.line)", at: entry.location, rule: .identifierDuplicate)
                continue
            }
            seen[number] = entry.location
            guard let range = chapters.first(where: { $0.number == chapter })?.articles, range.contains(number) else {
                log.error("article \(number) is not within the articles of chapter \(chapter)", at: entry.location, rule: .articlesInconsistent)
                continue
            }
            articles.append(ConventionArticle(number: number, chapter: chapter, title: title, chineseTitleSources: confirmedBy))
        }
        if let last = articles.map(\.number).max() {
            let missing = Set(1...last).subtracting(articles.map(\.number)).sorted()
            if !missing.isEmpty {
                log.error("articles missing from the list: \(missing.map(String.init).joined(separator: ", "))",
                          at: SourceLocation(path: file.path), rule: .articlesInconsistent)
            }
        }
        return ConventionRegistry(chapters: chapters, articles: articles, sources: sources)
    }
}
