import Diagnostics
import Loading
import Model
import Testing

@Suite("Loading: the Convention's articles and where their Chinese titles were checked")
struct ConventionRegistryReaderTests {
    func read(_ articles: String) -> (ConventionRegistry, [String]) {
        let yaml = """
        sources:
          - {id: sherloc-zh, title: "UNODC, SHERLOC (Chinese)"}
          - {id: fabao365, title: 法宝365}
        chapters:
          - {number: 1, roman: I, title: {zh: 总则, en: General provisions}, first_article: 1, last_article: 1}
        articles:
          - number: 1
            chapter: 1
            title: {zh: 宗旨声明, en: Statement of purpose}

        """ + articles
        var log = DiagnosticLog()
        let registry = ConventionRegistryReader.read(TextFile(path: "articles.yml", text: yaml), log: &log)
        return (registry, log.diagnostics.map(\.description))
    }

    @Test func readsTheSourcesThatConfirmATitle() {
        let (registry, problems) = read("    zh_confirmed_by: [sherloc-zh, fabao365]\n")
        #expect(problems.isEmpty)
        #expect(registry.sources.map(\.id) == ["sherloc-zh", "fabao365"])
        #expect(registry.article(1)?.chineseTitleSources == ["sherloc-zh", "fabao365"])
        #expect(registry.article(1)?.isChineseTitleConfirmed == true)
        #expect(registry.sources.source(id: "fabao365")?.title == "法宝365")
    }

    @Test func anEmptyListMarksATitleUnconfirmed() {
        let (registry, problems) = read("    zh_confirmed_by: []\n")
        #expect(problems.isEmpty)
        #expect(registry.article(1)?.isChineseTitleConfirmed == false)
    }

    @Test func everyArticleMustSayWhetherASourceConfirmsItsTitle() {
        #expect(read("").1 == [
            "articles.yml:7:5: error: missing required key 'zh_confirmed_by' (the sources that confirm the Chinese title, [] when none does)",
        ])
    }

    @Test func malformedSourcesAreErrorsAtTheirPlace() {
        #expect(read("    zh_confirmed_by: [sherloc-zh, un-treaty]\n").1 == [
            "articles.yml:10:35: error: 'zh_confirmed_by' must name sources listed under 'sources' (sherloc-zh, fabao365)",
        ])
        #expect(read("    zh_confirmed_by: sherloc-zh\n").1 == [
            "articles.yml:10:22: error: 'zh_confirmed_by' must be a list of source ids, like [un-ga-67-19], or []",
        ])
        #expect(read("    zh_confirmed_by: [fabao365]\n    zh_source: fabao365\n").1 == [
            "articles.yml:11:5: error: unknown key 'zh_source'; expected one of: number, chapter, title, zh_confirmed_by",
        ])
    }

    @Test func aSourceListedTwiceOrWithoutATitleIsAnError() {
        var log = DiagnosticLog()
        let yaml = "sources:\n  - {id: a, title: A}\n  - {id: a, title: B}\n  - {id: b}\n"
        _ = ConventionRegistryReader.read(TextFile(path: "articles.yml", text: yaml), log: &log)
        #expect(log.diagnostics.map(\.description) == [
            "articles.yml:3:10: error: the source id 'a' is used twice",
            "articles.yml:4:5: error: missing required key 'title' (text)",
        ])
    }
}
