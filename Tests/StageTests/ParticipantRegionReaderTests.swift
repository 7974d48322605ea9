import Diagnostics
import Loading
import Model
import Testing

@Suite("Loading: each State's UN regional group")
struct ParticipantRegionReaderTests {
    func read(_ entry: String) -> (ParticipantRegistry, [String]) {
        let yaml = "participants:\n" + entry
        var log = DiagnosticLog()
        let registry = ParticipantRegistryReader.read(TextFile(path: "participants.yml", text: yaml), log: &log)
        return (registry, log.diagnostics.map(\.description))
    }

    @Test func aStateHasItsRegion() {
        let (registry, problems) = read("""
          - {id: KIR, kind: state, code: KIR, region: asia-pacific, name: {zh: 基里巴斯, en: Kiribati}}
          - {id: VAT, kind: observer-state, code: VAT, name: {zh: 教廷, en: Holy See}}
          - {id: PSE, kind: observer-state, code: PSE, region: asia-pacific, name: {zh: 巴勒斯坦, en: Palestine}}

        """)
        #expect(problems.isEmpty)
        #expect(registry.participant(id: "KIR")?.region == .asiaPacific)
        #expect(registry.participant(id: "VAT")?.region == nil, "an observer State may belong to no group")
        #expect(registry.participant(id: "PSE")?.region == .asiaPacific)
    }

    @Test(arguments: [
        ("  - {id: TUR, kind: state, code: TUR, region: weog, name: {zh: 土耳其, en: Türkiye}}\n",
         "participants.yml:2:47: error: 'region' must be one of: african, asia-pacific, eastern-european, latin-american-caribbean, western-european-other"),
        ("  - {id: USA, kind: state, code: USA, name: {zh: 美利坚合众国, en: United States of America}}\n",
         "participants.yml:2:5: error: a State needs its UN regional group: 'region' must be one of: african, asia-pacific, eastern-european, latin-american-caribbean, western-european-other"),
        ("  - {id: oecd, kind: intergovernmental-organization, region: western-european-other, name: {zh: 经合组织, en: OECD}}\n",
         "participants.yml:2:54: error: only a State has a regional group; remove 'region'"),
    ])
    func aWrongOrMissingRegionIsAnErrorAtItsPlace(entry: String, problem: String) {
        #expect(read(entry).1 == [problem])
    }

    @Test func theRulesAreTheUsualOnes() {
        var log = DiagnosticLog()
        _ = ParticipantRegistryReader.read(TextFile(path: "p.yml", text: """
        participants:
          - {id: TUR, kind: state, region: weog, name: {zh: 土耳其, en: Türkiye}}
          - {id: USA, kind: state, name: {zh: 美利坚合众国, en: United States of America}}

        """), log: &log)
        #expect(log.diagnostics.map(\.rule) == [.valueInvalid, .keyMissing])
        #expect(log.hasErrors)
    }
}
