import Diagnostics
import Model

/// Reads `Content/reference/participants.yml` (states, organizations, entities, with the kinds they had
/// before a dated decision changed them, and the sources that record it) and
/// `Content/reference/attendance-categories.yml` (the English wording of attendance categories).
public enum ParticipantRegistryReader {
    public static func read(_ file: TextFile, log: inout DiagnosticLog) -> ParticipantRegistry {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["sources", "participants", "not_names"], log: &log)
        let sources = root.referenceSources(log: &log)
        var participants: [Participant] = []
        var claimed: [String: (id: String, location: SourceLocation)] = [:]
        var identifiers = IdentifierRegister()
        for entry in root.mappings("participants", log: &log) {
            entry.rejectUnknownKeys(allowed: ["id", "kind", "earlier_kinds", "code", "region", "name", "aliases"], log: &log)
            guard let id = entry.identifier("id", log: &log),
                  let kind = entry.participantKind("kind", log: &log),
                  let name = entry.bilingualText("name", required: true, log: &log) else { continue }
            let earlierKinds = entry.earlierKinds(in: sources, log: &log)
            let code = entry.string("code", required: false, log: &log)
            let region = entry.region(for: kind, log: &log)
            var chinese: [String] = []
            var english: [String] = []
            if let aliases = entry.mapping("aliases", required: false, log: &log) {
                aliases.rejectUnknownKeys(allowed: ["zh", "en"], log: &log)
                chinese = aliases.stringList("zh", log: &log)
                english = aliases.stringList("en", log: &log)
            }
            guard identifiers.claim(id, at: entry.location(of: "id"), log: &log) else { continue }
            for alias in [name.zh] + chinese {
                if let owner = claimed[alias], owner.id != id {
                    log.error("the name '\(alias)' is claimed by '\(owner.id)' (line \(owner.location.line)) and '\(id)'", at: entry.location, rule: .nameConflict)
                }
                claimed[alias] = (id, entry.location)
            }
            participants.append(Participant(id: id, kind: kind, earlierKinds: earlierKinds, code: code, region: region, name: name,
                                            chineseAliases: chinese, englishAliases: english))
        }
        return ParticipantRegistry(participants: participants, notNames: root.stringList("not_names", log: &log), sources: sources)
    }

    public static func readCategories(_ file: TextFile, log: inout DiagnosticLog) -> AttendanceCategoryNames {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["categories"], log: &log)
        var english: [String: String] = [:]
        for entry in root.mappings("categories", log: &log) {
            entry.rejectUnknownKeys(allowed: ["zh", "en"], log: &log)
            guard let zh = entry.string("zh", required: true, log: &log),
                  let en = entry.string("en", required: true, log: &log) else { continue }
            english[zh] = en
        }
        return AttendanceCategoryNames(english: english)
    }
}
