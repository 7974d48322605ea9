import Foundation
import Pipeline
import Testing

/// Pages that would grow with the archive are cut into pages of `page_length` sessions (a term's uses, an
/// article's citations, a participant's sessions, the participants table's columns): built here from a
/// generated archive of 12 sessions with pages of 3, so that most lists have several pages, whose links
/// and anchors are all checked.
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

    /// Checks the pages of one list: `first` then `later(n)` (by default `first-without-.html/<n>.html`),
    /// each of `pageLength` sessions but the last, their page links; returns the sessions they list, in order.
    static func pagedSessions(_ site: BuiltSite, first: String, later: ((Int) -> String)? = nil, sessionPattern: String) throws -> [String] {
        let base = String(first.dropLast(".html".count))
        let pathOfPage = later ?? { "\(base)/\($0).html" }
        let firstHTML = try #require(site.pages[first], "\(first) exists")
        let pageCount = try Self.captures("第 [0-9]+ 页，共 ([0-9]+) 页", in: firstHTML).first.flatMap { Int($0) } ?? 1
        var listed: [String] = []
        for page in 1...pageCount {
            let path = page == 1 ? first : pathOfPage(page)
            let html = try #require(site.pages[path], "\(path) exists")
            // A session may be listed twice on a page (a participant's attendance and its mentions): once here.
            let sessions = try Self.captures(sessionPattern, in: html).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if page < pageCount { #expect(sessions.count == Self.pageLength, "\(path): a full page") }
            #expect((1...Self.pageLength).contains(sessions.count), "\(path): \(sessions.count) sessions")
            listed += sessions
            if pageCount > 1 {
                #expect(html.contains("第 \(page) 页，共 \(pageCount) 页"), "\(path)")
                let navigation = try #require(html.components(separatedBy: "<nav class=\"pagination\"").dropFirst().first?
                    .components(separatedBy: "</nav>").first)
                #expect(try Self.captures("aria-current=\"page\">([0-9]+)</a>", in: navigation) == [String(page)], "\(path): one current page, this one")
                #expect(navigation.contains("rel=\"prev\"") == (page > 1) && navigation.contains("rel=\"next\"") == (page < pageCount), "\(path)")
            } else {
                #expect(!html.contains("class=\"pagination\""), "\(path): one page, no page links")
            }
        }
        #expect(site.pages[pathOfPage(pageCount + 1)] == nil, "\(first): no page past the last")
        #expect(Set(listed).count == listed.count, "\(first): every session once, in all its pages")
        return listed
    }

    @Test func longListsArePagedByThreeSessionsEverySessionOnceAndEveryLinkResolves() throws {
        let site = try BuiltSite.build(content: try Self.archive().path)
        let allSessions = Set(site.pages.keys.compactMap { try? Self.captures("^sessions/([^/]+)/index.html$", in: $0).first })
        #expect(allSessions.count == 12)

        // The list of sessions (newest first, from the home page) and the charts (oldest first).
        let newestFirst = try Self.pagedSessions(site, first: "index.html", later: { "sessions/page-\($0).html" },
                                                 sessionPattern: "<a class=\"session-link\" href=\"(?:\\.\\./)*(?:sessions/)?([^/\"]+)/index.html\"")
        #expect(Set(newestFirst) == allSessions && newestFirst.count == 12)
        let oldestFirst = try Self.pagedSessions(site, first: "charts.html",
                                                 sessionPattern: "<th scope=\"row\"><a href=\"[./]*sessions/([^/]+)/attendance.html\"")
        #expect(oldestFirst == newestFirst.reversed(), "the charts list the sessions oldest first")
        #expect(try #require(site.pages["charts.html"]).contains("id=\"most-cited\""))
        #expect(try #require(site.pages["charts/2.html"]).contains("id=\"most-cited\"") == false, "the most cited articles once, on the first page")

        // A term's uses.
        let glossary = try #require(site.pages["glossary/index.html"])
        let termIDs = try Self.captures("<a href=\"terms/([a-z0-9-]+)\\.html\">", in: glossary)
        #expect(termIDs.count > 50, "the glossary links the uses of each term the record uses")
        var pagedLists = 0
        for id in termIDs {
            let first = "glossary/terms/\(id).html"
            let listed = try Self.pagedSessions(site, first: first,
                                                sessionPattern: "<section class=\"term-uses\">\n<h2><a href=\"[./]*sessions/([^/]+)/index.html\"")
            let firstHTML = try #require(site.pages[first])
            let label = try #require(try Self.captures("见于 ([0-9]+) 届会议", in: firstHTML).first)
            #expect(listed.count == Int(label), "\(first): the sessions it counts")
            if listed.count > Self.pageLength { pagedLists += 1 }
        }
        // An article's citations and a participant's sessions.
        let articles = Set(site.pages.keys.compactMap { try? Self.captures("^articles/([0-9]+)\\.html$", in: $0).first })
        #expect(articles.count > 5)
        for number in articles {
            let listed = try Self.pagedSessions(site, first: "articles/\(number).html",
                                                sessionPattern: "<h3 class=\"mention-session\"><a href=\"[./]*sessions/([^/]+)/index.html\"")
            #expect(Set(listed).isSubset(of: allSessions) && !listed.isEmpty)
            if listed.count > Self.pageLength { pagedLists += 1 }
        }
        for first in ["participants/unodc.html", "participants/usa.html", "participants/fra.html"] {
            let listed = try Self.pagedSessions(site, first: first,
                                                sessionPattern: "<a href=\"[./]*sessions/([^/]+)/(?:index|attendance).html\"")
            #expect(listed.count > Self.pageLength, "\(first): several pages")
            pagedLists += 1
        }
        // The citations of each resolution, document and chapter of the Convention.
        let itemPages = site.pages.keys.filter {
            $0.range(of: "^(resolutions/[a-z0-9-]+|documents/[a-z0-9-]+|articles/chapter-[0-9]+)\\.html$", options: .regularExpression) != nil
                && !$0.hasSuffix("/index.html")
        }
        #expect(itemPages.count > 20)
        for first in itemPages {
            let listed = try Self.pagedSessions(site, first: first,
                                                sessionPattern: "<h3 class=\"mention-session\"><a href=\"[./]*sessions/([^/]+)/index.html\"")
            #expect(!listed.isEmpty, "\(first): cited somewhere")
            if listed.count > Self.pageLength { pagedLists += 1 }
        }
        #expect(pagedLists > 20, "most lists of 12 sessions need several pages of 3")

        // The documents index: 3 documents a page, each document once, each linking its own page.
        var documents: [String] = []
        var page = 1
        while let html = site.pages[page == 1 ? "documents/index.html" : "documents/index/\(page).html"] {
            let shown = try Self.captures("<section class=\"document\" aria-labelledby=\"([a-z0-9-]+)\">", in: html)
            #expect((1...Self.pageLength).contains(shown.count), "documents index page \(page)")
            for anchor in shown { #expect(html.contains("href=\"\(page == 1 ? "" : "../")\(anchor).html\""), "\(anchor): its citations") }
            documents += shown
            page += 1
        }
        #expect(page > 3 && Set(documents).count == documents.count)
        #expect(Set(documents) == Set(itemPages.filter { $0.hasPrefix("documents/") }.map { String($0.dropFirst(10).dropLast(5)) }))

        // The participants table: its columns, 3 sessions a page, in each order.
        for (first, folder) in [("participants/index.html", "by-pinyin"), ("participants/by-english-name.html", "by-english-name"),
                                ("participants/by-attendance.html", "by-attendance")] {
            var columns: [String] = []
            for page in 1...4 {
                let path = page == 1 ? first : "participants/table/\(folder)/\(page).html"
                let html = try #require(site.pages[path], "\(path) exists")
                let shown = try Self.captures("<th scope=\"col\"><a href=\"[./]*sessions/([^/]+)/attendance.html\"", in: html)
                #expect(shown.count == 3, "\(path)")
                #expect(html.contains("第 \(page) 页，共 4 页"), "\(path)")
                columns += shown
            }
            #expect(Set(columns) == allSessions && columns.count == 12, "\(first): every session once")
            #expect(site.pages["participants/table/\(folder)/5.html"] == nil)
        }

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
