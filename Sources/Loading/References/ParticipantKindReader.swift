import Diagnostics
import Model

extension YAMLMapping {
    /// Reads `key` as one of the participant kinds (`state`, `observer-state` …).
    func participantKind(_ key: String, log: inout DiagnosticLog) -> Participant.Kind? {
        guard let name = string(key, required: true, log: &log) else { return nil }
        guard let kind = Participant.Kind(rawValue: name) else {
            log.error("'\(key)' must be one of: \(Participant.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                      at: valueLocation(of: key), rule: .valueInvalid)
            return nil
        }
        return kind
    }

    /// Reads `earlier_kinds`, oldest first: `- {kind: observer-mission-entity, until: 2012-11-29,
    /// source: un-ga-res-67-19}`, each until the date of the decision that changed it, with the id of the
    /// source that records that decision. Dates must be real days and must increase.
    func earlierKinds(in sources: [ReferenceSource], log: inout DiagnosticLog) -> [EarlierKind] {
        var result: [EarlierKind] = []
        for entry in mappings("earlier_kinds", log: &log) {
            entry.rejectUnknownKeys(allowed: ["kind", "until", "source"], log: &log)
            let kind = entry.participantKind("kind", log: &log)
            let until = entry.calendarDate("until", log: &log)
            let source = entry.sourceID("source", in: sources, log: &log)
            guard let kind, let until, let source else { continue }
            if let previous = result.last, previous.until >= until {
                log.error("'until' must be later than the earlier kind's (\(previous.until.iso)); list earlier kinds oldest first",
                          at: entry.valueLocation(of: "until"), rule: .valueInvalid)
                continue
            }
            result.append(EarlierKind(kind: kind, until: until, source: source))
        }
        return result
    }

}
