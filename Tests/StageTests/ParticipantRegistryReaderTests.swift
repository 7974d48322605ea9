import Diagnostics
import Loading
import Model
import Testing

@Suite("Loading: participants and the kinds they had before a dated decision")
struct ParticipantRegistryReaderTests {
    func read(earlierKinds: String) -> (ParticipantRegistry, [String]) {
        let yaml = """
        sources:
          - {id: un-ga-res-67-19, title: General Assembly resolution 67/19 (A/RES/67/19)}
        participants:
          - id: PSE
            kind: observer-state
            name: {zh: 巴勒斯坦, en: Palestine}
            earlier_kinds:

        """ + earlierKinds
        var log = DiagnosticLog()
        let registry = ParticipantRegistryReader.read(TextFile(path: "participants.yml", text: yaml), log: &log)
        return (registry, log.diagnostics.map(\.description))
    }

    static func date(_ iso: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: iso))
    }

    @Test func theKindOnARecordsDateIsTheOneThatAppliedThen() throws {
        let (registry, problems) = read(earlierKinds: "      - {kind: observer-mission-entity, until: 2012-11-29, source: un-ga-res-67-19}\n")
        #expect(problems.isEmpty)
        let palestine = try #require(registry.participant(id: "PSE"))
        let (august2012, decision, dayBefore, august2013) = (try Self.date("2012-08-30"), try Self.date("2012-11-29"),
                                                             try Self.date("2012-11-28"), try Self.date("2013-08-29"))
        #expect(palestine.earlierKinds == [EarlierKind(kind: .observerMissionEntity, until: decision, source: "un-ga-res-67-19")])
        #expect(palestine.kind(on: august2012) == .observerMissionEntity)
        #expect(palestine.kind(on: dayBefore) == .observerMissionEntity)
        #expect(palestine.kind(on: decision) == .observerState, "the decision's own day is under the new kind")
        #expect(palestine.kind(on: august2013) == .observerState)
        #expect(registry.sources.source(id: "un-ga-res-67-19") != nil)
    }

    @Test func earlierKindsMustBeOldestFirst() {
        let problems = read(earlierKinds: """
              - {kind: other-entity, until: 2012-11-29, source: un-ga-res-67-19}
              - {kind: observer-mission-entity, until: 1988-12-15, source: un-ga-res-67-19}

        """).1
        #expect(problems == [
            "participants.yml:9:48: error: 'until' must be later than the earlier kind's (2012-11-29); list earlier kinds oldest first",
        ])
    }

    @Test(arguments: [
        ("{kind: observer-entity, until: 2012-11-29, source: un-ga-res-67-19}",
         "participants.yml:8:16: error: 'kind' must be one of: state, observer-state, observer-mission-entity, regional-organization, un-entity, intergovernmental-organization, other-entity"),
        ("{kind: observer-mission-entity, until: 2012-11-31, source: un-ga-res-67-19}",
         "participants.yml:8:48: error: 'until' must be a real date written YYYY-MM-DD, not '2012-11-31'"),
        ("{kind: observer-mission-entity, until: 2012-11-29, source: A/RES/67/19}",
         "participants.yml:8:68: error: 'source' must name sources listed under 'sources' (un-ga-res-67-19)"),
        ("{kind: observer-mission-entity, until: 2012-11-29}",
         "participants.yml:8:9: error: missing required key 'source' (the id of a source listed under 'sources')"),
        ("{kind: observer-mission-entity, since: 2012-11-29, source: un-ga-res-67-19}",
         "participants.yml:8:41: error: unknown key 'since'; expected one of: kind, until, source"),
    ])
    func aMalformedEarlierKindIsAnErrorAtItsPlace(entry: String, problem: String) {
        let problems = read(earlierKinds: "      - " + entry + "\n").1
        #expect(problems.first == problem)
        #expect(read(earlierKinds: "      - " + entry + "\n").0.participant(id: "PSE")?.earlierKinds.isEmpty == true)
    }
}
