import Foundation
import Search
import Testing

/// The query cases shared with the browser (`search.js` `normalizedPhrase`), which
/// `Scripts/quality/search_check.py` runs on the same file in headless Chromium.
struct QueryCase: Decodable, CustomTestStringConvertible, Sendable {
    let query: String
    let normalized: String

    var testDescription: String { query }

    static func all() throws -> [QueryCase] {
        struct Cases: Decodable { let queries: [QueryCase] }
        return try JSONDecoder().decode(Cases.self, from: Data(contentsOf: TokenizerCase.file)).queries
    }
}

@Suite("Search query")
struct SearchQueryTests {
    @Test("each shared query is normalized as in the browser", arguments: try QueryCase.all())
    func sharedQuery(_ testCase: QueryCase) {
        #expect(SearchQuery.normalized(testCase.query) == testCase.normalized)
    }

    @Test("the shared queries cover every Chinese form of an article and the look-alikes")
    func coverage() throws {
        let queries = try QueryCase.all()
        for form in ["第54条", "第 54 条", "第五十四条", "54条", "第 54 和 55 条"] {
            #expect(queries.contains { $0.query == form }, "\(form)")
        }
        #expect(queries.contains { $0.query == $0.normalized }, "a query left as it is")
    }

    @Test("the Chinese forms of article 54 find the documents that article 54 finds")
    func articleFormsMatchTheKey() {
        let index = SearchIndex(sessions: [], documents: [
            SearchDocument(kind: .paragraph, label: "第 1 段", href: "a#p1", text: "第 54 条的规定", keys: ["Article 54 (Mechanisms)"]),
            SearchDocument(kind: .paragraph, label: "第 2 段", href: "a#p2", text: "第 54 和 55 条", keys: ["Article 54 (Mechanisms)", "Article 55 (International cooperation)"]),
            SearchDocument(kind: .paragraph, label: "第 3 段", href: "a#p3", text: "第 25 段", keys: []),
        ])
        let expected = index.documents(matchingAll: "article 54")
        #expect(expected == [0, 1])
        for form in ["第54条", "第 54 条", "第五十四条", "54条"] {
            #expect(index.documents(matchingAll: form) == expected, "\(form)")
        }
        #expect(index.documents(matchingAll: "第 54 和 55 条") == [1])
    }
}
