import Model
@testable import Rendering
import Testing

@Suite("Rendering: pages of a long list, and a term's use in its words")
struct PaginationTests {
    @Test(arguments: [(0, 3, 1), (1, 3, 1), (3, 3, 1), (4, 3, 2), (7, 3, 3), (1000, 50, 20), (5, 1, 5)])
    func pagesHoldEveryItemOnceInOrder(count: Int, length: Int, pages: Int) {
        let pagination = Pagination(itemCount: count, pageLength: length)
        #expect(pagination.pageCount == pages)
        let items = pagination.pages.flatMap { Array(pagination.items(on: $0)) }
        #expect(items == Array(0..<count))
        #expect(pagination.pages.allSatisfy { pagination.items(on: $0).count <= length })
    }

    @Test func aSnippetShowsTheTermWithItsContextAndSaysWhereTheTextGoesOn() throws {
        let text = "据报告在利用非定罪没收办法上取得了积极的经验。就此得出的结论立即在多个国家得到了采用和推广。"
        let start = try #require(text.range(of: "非定罪没收"))
        let range = text.utf8.distance(from: text.startIndex, to: start.lowerBound)..<text.utf8.distance(from: text.startIndex, to: start.upperBound)
        let snippet = try #require(TermSnippet(in: text, utf8Range: range))
        #expect(snippet.before == "据报告在利用" && !snippet.isCutBefore)
        #expect(snippet.term == "非定罪没收")
        #expect(snippet.after == "办法上取得了积极的经验。就此得出的结论立" && snippet.isCutAfter, "20 characters, then more")
        #expect(TermSnippet(in: text, utf8Range: 0..<(text.utf8.count + 1)) == nil)
    }
}
