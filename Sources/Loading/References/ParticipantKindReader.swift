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

extension YAMLMapping {
    /// Reads `region`, the UN regional group: required for a State (a State without one would drop out of
    /// every count by region, so it is an error, like any other gap in the reference data), allowed for an
    /// observer State that belongs to a group, and an error on anything else.
    func region(for kind: Participant.Kind, log: inout DiagnosticLog) -> Region? {
        let key = "region"
        switch kind {
        case .state:
            guard let name = string(key, required: false, log: &log) else {
                log.error("a State needs its UN regional group: 'region' must be one of: \(Self.regionNames)",
                          at: location(of: key), rule: .keyMissing)
                return nil
            }
            return region(named: name, log: &log)
        case .observerState:
            return string(key, required: false, log: &log).flatMap { region(named: $0, log: &log) }
        case .observerMissionEntity, .regionalOrganization, .unEntity, .intergovernmentalOrganization, .otherEntity:
            if contains(key) {
                log.error("only a State has a regional group; remove 'region'", at: location(of: key), rule: .valueInvalid)
            }
            return nil
        }
    }

    private func region(named name: String, log: inout DiagnosticLog) -> Region? {
        guard let region = Region(rawValue: name) else {
            log.error("'region' must be one of: \(Self.regionNames)", at: valueLocation(of: "region"), rule: .valueInvalid)
            return nil
        }
        return region
    }

    private static var regionNames: String { Region.allCases.map(\.rawValue).joined(separator: ", ") }
}
