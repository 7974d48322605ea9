import Diagnostics
import Loading
import Model
import Testing

@Suite("Loading: the glossary's rules")
struct GlossaryReaderTests {
    func read(_ yaml: String) -> (Glossary, [String]) {
        var log = DiagnosticLog()
        let glossary = GlossaryReader.read(TextFile(path: "glossary.yml", text: yaml), lastArticle: 71, log: &log)
        return (glossary, log.diagnostics.map(\.description))
    }

    static let entry = """
      - id: confiscation
        zh: 没收
        en: confiscation
        definition: {zh: 永久剥夺财产。, en: Permanent deprivation of property.}
    """

    @Test func readsAnEntry() {
        let (glossary, problems) = read("entries:\n" + Self.entry + "\n    articles: [54]\n")
        #expect(problems.isEmpty)
        #expect(glossary.entry(id: "confiscation")?.articles == [54])
    }

    @Test func anEntryWithoutEnglishIsAnError() {
        let (_, problems) = read("entries:\n  - id: x\n    zh: 没收\n    definition: {zh: 甲, en: a}\n")
        #expect(problems == ["glossary.yml:2:5: error: missing required key 'en' (text)"])
    }

    @Test func aDuplicateTermOrAVariantClaimedTwiceIsAnError() {
        let twice = read("entries:\n" + Self.entry + "\n" + Self.entry.replacingOccurrences(of: "id: confiscation", with: "id: other")).1
        #expect(twice.contains { $0.contains("'没收' is claimed by the entries 'confiscation' and 'other'") })
        #expect(twice.contains { $0.contains("the English term 'confiscation' is given twice") })
        let variant = read("entries:\n" + Self.entry + "\n    variants: [扣押]\n" + """
          - id: seizure
            zh: 扣押
            en: seizure
            definition: {zh: 暂时禁止转移。, en: Temporary prohibition of transfer.}
        """).1
        #expect(variant.contains { $0.contains("'扣押' is claimed by the entries 'confiscation' and 'seizure'") })
    }

    @Test func unknownRelatedEntriesAndArticlesAreErrors() {
        let problems = read("entries:\n" + Self.entry + "\n    related: [nothing]\n    articles: [99]\n").1
        #expect(problems.contains { $0.contains("relates to 'nothing', which is not an entry") })
        #expect(problems.contains { $0.contains("'articles' must list whole numbers from 1 to 71") })
    }
}
