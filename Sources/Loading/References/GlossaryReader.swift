import Diagnostics
import Model

/// Reads `Content/glossary.yml`. An entry without an English term, a term given twice, a variant (or a
/// Convention form) claimed by two entries, an unknown related entry or an article that does not exist is
/// an error.
public enum GlossaryReader {
    public static func read(_ file: TextFile, lastArticle: Int, log: inout DiagnosticLog) -> Glossary {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["unlinked", "entries"], log: &log)
        var entries: [GlossaryEntry] = []
        var locations: [String: SourceLocation] = [:]
        var identifiers = IdentifierRegister()
        var chineseOwners: [String: String] = [:]
        var englishOwners: [String: String] = [:]
        for entry in root.mappings("entries", log: &log) {
            entry.rejectUnknownKeys(allowed: ["id", "zh", "variants", "en", "abbreviation", "definition",
                                              "convention_form", "articles", "related"], log: &log)
            guard let id = entry.identifier("id", log: &log),
                  let zh = entry.string("zh", required: true, log: &log) else { continue }
            guard let en = entry.string("en", required: true, log: &log) else { continue }
            guard let definition = entry.bilingualText("definition", required: true, log: &log) else { continue }
            guard identifiers.claim(id, at: entry.location(of: "id"), log: &log) else { continue }
            locations[id] = entry.location
            let glossaryEntry = GlossaryEntry(
                id: id, zh: zh, variants: entry.stringList("variants", log: &log), en: en,
                abbreviation: entry.string("abbreviation", required: false, log: &log), definition: definition,
                conventionForm: entry.conventionForm("convention_form", lastArticle: lastArticle, log: &log),
                articles: entry.integerList("articles", range: 1...max(lastArticle, 1), log: &log),
                related: entry.stringList("related", log: &log))
            for form in glossaryEntry.chineseForms {
                if let owner = chineseOwners[form], owner != id {
                    log.error("'\(form)' is claimed by the entries '\(owner)' and '\(id)'", at: entry.location, rule: .nameConflict)
                }
                chineseOwners[form] = chineseOwners[form] ?? id
            }
            if let owner = englishOwners[en.lowercased()], owner != id {
                log.error("the English term '\(en)' is given twice: by '\(owner)' and '\(id)'", at: entry.location(of: "en"), rule: .nameConflict)
            }
            englishOwners[en.lowercased()] = englishOwners[en.lowercased()] ?? id
            entries.append(glossaryEntry)
        }
        for entry in entries {
            for related in entry.related where locations[related] == nil {
                log.error("'\(entry.id)' relates to '\(related)', which is not an entry", at: locations[entry.id] ?? SourceLocation(path: file.path), rule: .relatedEntryUnknown)
            }
        }
        var unlinked: Set<String> = []
        for id in root.stringList("unlinked", log: &log) {
            guard locations[id] != nil else {
                log.error("'unlinked' names '\(DiagnosticText.visible(id))', which is not an entry", at: root.valueLocation(of: "unlinked"),
                          rule: .relatedEntryUnknown)
                continue
            }
            unlinked.insert(id)
        }
        return Glossary(entries: entries, unlinked: unlinked)
    }
}
