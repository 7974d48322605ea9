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

    @Test func aDuplicateTermIsAnError() {
        let twice = read("entries:\n" + Self.entry + "\n" + Self.entry.replacingOccurrences(of: "id: confiscation", with: "id: other")).1
        #expect(twice.contains { $0.contains("'没收' is claimed by the entries 'confiscation' and 'other'") })
        #expect(twice.contains { $0.contains("the English term 'confiscation' is given twice") })
    }

    /// A variant, or the Convention's form, that is another entry's term.
    @Test(arguments: ["variants: [扣押]", "convention_form: {zh: 扣押, article: 31}"])
    func aFormClaimedByTwoEntriesIsAnError(claim: String) {
        let problems = read("entries:\n" + Self.entry + "\n    " + claim + "\n" + """
          - id: seizure
            zh: 扣押
            en: seizure
            definition: {zh: 暂时禁止转移。, en: Temporary prohibition of transfer.}
        """).1
        #expect(problems.contains { $0.contains("'扣押' is claimed by the entries 'confiscation' and 'seizure'") })
    }

    @Test func unknownRelatedEntriesAndArticlesAreErrors() {
        let problems = read("entries:\n" + Self.entry + "\n    related: [nothing]\n    articles: [99]\n").1
        #expect(problems.contains { $0.contains("relates to 'nothing', which is not an entry") })
        #expect(problems.contains { $0.contains("'articles' must list whole numbers from 1 to 71") })
    }

    @Test func readsTheConventionsFormAndWhereItIsWritten() {
        let (glossary, problems) = read("entries:\n" + Self.entry + "\n    convention_form: {zh: 充公, article: 31, paragraph: 1}\n")
        #expect(problems.isEmpty)
        let entry = glossary.entry(id: "confiscation")
        #expect(entry?.conventionForm == ConventionForm(zh: "充公", place: .article(31, paragraph: 1)))
        #expect(entry?.chineseForms == ["没收", "充公"], "the Convention's form is recognised in text")
        let preamble = read("entries:\n" + Self.entry + "\n    convention_form: {zh: 充公, preamble: true}\n")
        #expect(preamble.1.isEmpty)
        #expect(preamble.0.entry(id: "confiscation")?.conventionForm?.place == .preamble)
    }

    @Test func aMalformedConventionFormIsAnErrorAtItsPlace() {
        func problems(_ form: String) -> [String] {
            read("entries:\n" + Self.entry + "\n    convention_form: " + form + "\n").1
        }
        #expect(problems("{zh: 充公}") == [
            "glossary.yml:6:22: error: 'convention_form' must say where the Convention uses the form: 'article' (with 'paragraph') or 'preamble: true'",
        ])
        #expect(problems("{zh: 充公, article: 31, preamble: true}") == [
            "glossary.yml:6:22: error: 'convention_form' gives both 'article' and 'preamble'; it comes from one place",
        ])
        #expect(problems("{zh: 充公, article: 99}") == ["glossary.yml:6:40: error: 'article' must be between 1 and 71, not 99"])
        #expect(problems("{zh: 充公, preamble: false}") == [
            "glossary.yml:6:41: error: 'preamble' is written only as 'preamble: true'; give 'article' for a form in an article",
        ])
        #expect(problems("{zh: 充公, preamble: true, paragraph: 2}") == [
            "glossary.yml:6:47: error: 'paragraph' needs an 'article'; the preamble has no numbered paragraphs",
        ])
        #expect(problems("{zh: 充公, article: 31, chapter: 3}") == [
            "glossary.yml:6:44: error: unknown key 'chapter'; expected one of: zh, article, paragraph, preamble",
        ])
        #expect(problems("{article: 31}") == ["glossary.yml:6:22: error: missing required key 'zh' (text)"])
        #expect(problems("双重犯罪") == ["glossary.yml:6:22: error: 'convention_form' must be a mapping of keys to values"])
    }
}
