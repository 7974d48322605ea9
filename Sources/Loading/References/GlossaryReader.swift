import Diagnostics
import Model

/// Reads `Content/glossary.yml`. An entry without an English term, a term given twice, a variant claimed
/// by two entries, an unknown related entry or an article that does not exist is an error.
public enum GlossaryReader {
    public static func read(_ file: TextFile, lastArticle: Int, log: inout DiagnosticLog) -> Glossary {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["entries"], log: &log)
        var entries: [GlossaryEntry] = []
        var locations: [String: SourceLocation] = [:]
        var chineseOwners: [String: String] = [:]
        var englishOwners: [String: String] = [:]
        for entry in root.mappings("entries", log: &log) {
            entry.rejectUnknownKeys(allowed: ["id", "zh", "variants", "en", "abbreviation", "definition", "articles", "related"], log: &log)
            guard let id = entry.string("id", required: true, log: &log),
                  let zh = entry.string("zh", required: true, log: &log) else { continue }
            guard let en = entry.string("en", required: true, log: &log) else { continue }
            guard let definition = entry.bilingualText("definition", required: true, log: &log) else { continue }
            if let earlier = locations[id] {
                log.error("the id '\(id)' is used twice; the first is at line \(earlier.line)", at: entry.location(of: "id"), rule: .identifierDuplicate)
                continue
            }
            locations[id] = entry.location
            let variants = entry.stringList("variants", log: &log)
            for form in [zh] + variants {
                if let owner = chineseOwners[form], owner != id {
                    log.error("'\(form)' is claimed by the entries '\(owner)' and '\(id)'", at: entry.location, rule: .nameConflict)
                }
                chineseOwners[form] = chineseOwners[form] ?? id
            }
            if let owner = englishOwners[en.lowercased()], owner != id {
                log.error("the English term '\(en)' is given twice: by '\(owner)' and '\(id)'", at: entry.location(of: "en"), rule: .nameConflict)
            }
            englishOwners[en.lowercased()] = englishOwners[en.lowercased()] ?? id
            let articles = entry.integerList("articles", range: 1...max(lastArticle, 1), log: &log)
            entries.append(GlossaryEntry(id: id, zh: zh, variants: variants, en: en,
                                         abbreviation: entry.string("abbreviation", required: false, log: &log),
                                         definition: definition, articles: articles,
                                         related: entry.stringList("related", log: &log)))
        }
        for entry in entries {
            for related in entry.related where locations[related] == nil {
                log.error("'\(entry.id)' relates to '\(related)', which is not an entry", at: locations[entry.id] ?? SourceLocation(path: file.path), rule: .relatedEntryUnknown)
            }
        }
        return Glossary(entries: entries)
    }
}
