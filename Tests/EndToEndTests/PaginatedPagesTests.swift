import Foundation
import Pipeline
import Testing

/// Pages that would grow with the archive are cut into pages of `page_length` sessions: built here from a
/// generated archive of 12 sessions with pages of 3, so that every term used in several sessions has
/// several pages, whose links and anchors are all checked.
@Suite("End to end: pages of a long list (page_length)")
struct PaginatedPagesTests {
    static let pageLength = 3

    /// The archive, with `page_length: 3` added to its site.yml.
    static func archive(pageLength: String = String(pageLength)) throws -> URL {
        let content = try GeneratedArchive.make(sessions: 12)
        let siteFile = content.appendingPathComponent("site.yml")
        let site = try String(contentsOf: siteFile, encoding: .utf8)
        try (site + "\npage_length: \(pageLength)\n").write(to: siteFile, atomically: true, encoding: .utf8)
        return content
    }

    /// The values of `pattern`'s first capture group in `text`.
    static func captures(_ pattern: String, in text: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test func eachTermsUsesArePagedByThreeSessionsEverySessionOnceAndEveryLinkResolves() throws {
        let site = try BuiltSite.build(content: try Self.archive().path)
        let index = try #require(site.pages["glossary/index.html"])
        let termIDs = try Self.captures("<a href=\"terms/([a-z0-9-]+)\\.html\">", in: index)
        #expect(termIDs.count > 50, "the glossary links the uses of each term the record uses")
        var pagedTerms = 0
        for id in termIDs {
            let first = try #require(site.pages["glossary/terms/\(id).html"], "\(id): its first page")
            let label = try #require(try Self.captures("见于 ([0-9]+) 届会议", in: first).first)
            let sessionCount = try #require(Int(label))
            let pageCount = (sessionCount + Self.pageLength - 1) / Self.pageLength
            var listed: [String] = []
            for page in 1...pageCount {
                let path = page == 1 ? "glossary/terms/\(id).html" : "glossary/terms/\(id)/\(page).html"
                let html = try #require(site.pages[path], "\(path) exists")
                let sessions = try Self.captures("<section class=\"term-uses\">\n<h2><a href=\"[./]*sessions/([^/]+)/index.html\"", in: html)
                #expect(sessions.count == (page < pageCount ? Self.pageLength : sessionCount - (pageCount - 1) * Self.pageLength), "\(path)")
                listed += sessions
                #expect(html.contains("<mark>"), "\(path): each use in its words")
                if pageCount > 1 {
                    #expect(html.contains("第 \(page) 页，共 \(pageCount) 页"), "\(path)")
                    #expect(try Self.captures("<a href=\"([^\"]+)\" aria-current=\"page\">", in: html).count == 1, "\(path): one current page")
                    #expect(html.contains("rel=\"prev\"") == (page > 1) && html.contains("rel=\"next\"") == (page < pageCount), "\(path)")
                } else {
                    #expect(!html.contains("class=\"pagination\""), "\(path): one page, no page links")
                }
            }
            #expect(site.pages["glossary/terms/\(id)/\(pageCount + 1).html"] == nil, "\(id): no page past the last")
            #expect(listed.count == sessionCount && Set(listed).count == sessionCount, "\(id): every session once, in all its pages")
            if pageCount > 1 { pagedTerms += 1 }
        }
        #expect(pagedTerms > 20, "most terms of 12 sessions need several pages of 3")
        let (problems, checked, _) = try LinkIntegrityTests.problems(in: site)
        #expect(problems.isEmpty, "\(problems.prefix(20))")
        #expect(checked > 10_000)
    }

    @Test func theGlossaryPagesDoNotGrowWithTheArchive() throws {
        let small = try BuiltSite.build(content: try GeneratedArchive.make(sessions: 2).path)
        let large = try BuiltSite.build(content: try Self.archive().path)
        for page in ["glossary/index.html", "glossary/en.html"] {
            let smallSize = try #require(small.pages[page]).utf8.count, largeSize = try #require(large.pages[page]).utf8.count
            // Only the counts of uses grow, by a digit at most.
            #expect(Double(largeSize) < Double(smallSize) * 1.02, "\(page): \(smallSize) bytes for 2 sessions, \(largeSize) for 12")
        }
    }

    @Test func aPageLengthOutOfRangeIsAnErrorAtItsLine() throws {
        let content = try Self.archive(pageLength: "0")
        let output = try Repository.temporaryFolder().appendingPathComponent("Public")
        #expect {
            try SiteBuilder(options: BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path)).build()
        } throws: { error in
            guard let failure = error as? BuildFailure else { return false }
            return failure.log.diagnostics.contains {
                $0.description.contains("site.yml:") && $0.description.contains("error: 'page_length' must be between 1 and 1000, not 0")
            }
        }
    }
}
