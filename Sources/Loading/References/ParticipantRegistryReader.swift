import Diagnostics
import Model

/// Reads `Content/reference/participants.yml` (states, organizations, entities) and
/// `Content/reference/attendance-categories.yml` (the English wording of attendance categories).
public enum ParticipantRegistryReader {
    public static func read(_ file: TextFile, log: inout DiagnosticLog) -> ParticipantRegistry {
        let reader = YAMLReader(path: file.path)
        guard let root = reader.parseMapping(file.text, log: &log) else { return .empty }
        root.rejectUnknownKeys(allowed: ["participants", "not_names"], log: &log)
        var participants: [Participant] = []
        var claimed: [String: (id: String, location: SourceLocation)] = [:]
        for entry in root.mappings("participants", log: &log) {
            entry.rejectUnknownKeys(allowed: ["id", "kind", "code", "name", "aliases"], log: &log)
            guard let id = entry.string("id", required: true, log: &log),
                  let kindName = entry.string("kind", required: true, log: &log),
                  let name = entry.bilingualText("name", required: true, log: &log) else { continue }
            guard let kind = Participant.Kind(rawValue: kindName) else {
                log.error("'kind' must be one of: \(Participant.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                          at: entry.valueLocation(of: "kind"), rule: .valueInvalid)
                continue
            }
            let code = entry.string("code", required: false, log: &log)
            var chinese: [String] = []
            var english: [String] = []
            if let aliases = entry.mapping("aliases", required: false, log: &log) {
                aliases.rejectUnknownKeys(allowed: ["zh", "en"], log: &log)
                chinese = aliases.stringList("zh", log: &log)
                english = aliases.stringList("en", log: &log)
            }
            if participants.contains(where: { $0.id == id }) {
                log.error("the id '\(id)' is used twice", at: entry.location(of: "id"), rule: .identifierDuplicate)
                continue
            }
            for alias in [name.zh] + chinese {
                if let owner = claimed[alias], owner.id != id {
                    log.error("the name '\(alias)' is claimed by '\(owner.id)' (line \(owner.location.line)) and '\(id)'", at: entry.location, rule: .nameConflict)
                }
                claimed[alias] = (id, entry.location)
            }
            participants.append(Participant(id: id, kind: kind, code: code, name: name,
                                            chineseAliases: chinese, englishAliases: english))
        }
        return ParticipantRegistry(participants: participants, notNames: root.stringList("not_names", log: &log))
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
