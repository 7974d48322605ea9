/// Where each page of the site lives. This is a contract with readers: a published path never changes.
public enum URLScheme {
    public static let home = SitePath("index.html")

    /// Page `page` of the list of sessions, newest first: the home page, then `sessions/page-2.html`… (a
    /// session's slug has no dot, so it is never a file of `sessions/`).
    public static func home(page: Int) -> SitePath {
        page <= 1 ? home : SitePath("sessions/page-\(page).html")
    }
    public static let stylesheet = SitePath("assets/style.css")
    /// The theme's script that opens a glossary term's card on a touch screen (pages with term links).
    public static let termScript = SitePath("assets/term-card.js")

    public static func sessionFolder(_ slug: String) -> String { "sessions/\(slug)" }

    public static func session(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/index.html") }

    public static func chapter(_ slug: String, _ number: Int) -> SitePath {
        SitePath("sessions/\(slug)/chapter-\(number).html")
    }

    public static func fullReport(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/full.html") }

    public static func workPlan(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/work-plan.html") }

    /// The session's source text (the text extracted from the report's PDF), published as it is.
    public static func sourceText(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/source.txt") }

    /// The fragment of a chapter's heading on the full report page.
    public static func chapterAnchor(_ number: Int) -> String { "chapter-\(number)" }

    public static let articlesIndex = SitePath("articles/index.html")
    public static let resolutionsIndex = SitePath("resolutions/index.html")
    public static let documentsIndex = SitePath("documents/index.html")

    /// Page `page` of the documents index: `documents/index/2.html`… (a document's own pages are named by
    /// its anchor, which always has a hyphen, never `index`).
    public static func documentsIndex(page: Int) -> SitePath {
        page <= 1 ? documentsIndex : SitePath("documents/index/\(page).html")
    }

    /// A resolution's citations, page by page: `resolutions/cosp-4-4.html`, then `resolutions/cosp-4-4/2.html`…
    public static func resolution(_ anchor: String, page: Int = 1) -> SitePath {
        page <= 1 ? SitePath("resolutions/\(anchor).html") : SitePath("resolutions/\(anchor)/\(page).html")
    }

    /// A document's citations, page by page: `documents/cac-cosp-wg-2-2009-3.html`, then `…/2.html`…
    public static func document(_ anchor: String, page: Int = 1) -> SitePath {
        page <= 1 ? SitePath("documents/\(anchor).html") : SitePath("documents/\(anchor)/\(page).html")
    }

    /// The discussions of a chapter of the Convention as a whole, page by page: `articles/chapter-5.html`,
    /// then `articles/chapter-5/2.html`… (an article's pages are numbers, never `chapter-`).
    public static func conventionChapter(_ number: Int, page: Int = 1) -> SitePath {
        page <= 1 ? SitePath("articles/chapter-\(number).html") : SitePath("articles/chapter-\(number)/\(page).html")
    }

    public static let glossaryChinese = SitePath("glossary/index.html")
    public static let glossaryEnglish = SitePath("glossary/en.html")
    /// A glossary term's uses across the record, page by page: `glossary/terms/<id>.html`, then
    /// `glossary/terms/<id>/2.html`… (an id has no dot and no slash, so no page of one term is another's).
    public static func glossaryTerm(_ id: String, page: Int = 1) -> SitePath {
        page <= 1 ? SitePath("glossary/terms/\(id).html") : SitePath("glossary/terms/\(id)/\(page).html")
    }

    public static let glossaryCSV = SitePath("data/glossary.csv")
    public static let glossaryTBX = SitePath("data/glossary.tbx")
    public static let participantsIndex = SitePath("participants/index.html")
    /// The charts across sessions: attendance by regional group and articles cited, a row per session.
    public static let charts = SitePath("charts.html")

    /// Page `page` of the charts, oldest sessions first: `charts.html`, then `charts/2.html`…
    public static func charts(page: Int) -> SitePath {
        page <= 1 ? charts : SitePath("charts/\(page).html")
    }
    public static let participantsByEnglishName = SitePath("participants/by-english-name.html")
    public static let participantsByAttendance = SitePath("participants/by-attendance.html")
    public static let attendanceCSV = SitePath("data/attendance.csv")
    /// The list of the sessions' attendance files, with the number of rows of each.
    public static let attendanceJSON = SitePath("data/attendance.json")

    /// One session's attendance, as data: `data/attendance/<slug>.json`.
    public static func attendanceJSON(_ slug: String) -> SitePath { SitePath("data/attendance/\(slug).json") }

    public static func participant(_ id: String) -> SitePath { SitePath("participants/\(id.lowercased()).html") }

    /// Page `page` of a participant's sessions: the first at its permalink, then `participants/<id>/2.html`…
    public static func participant(_ id: String, page: Int) -> SitePath {
        page <= 1 ? participant(id) : SitePath("participants/\(id.lowercased())/\(page).html")
    }

    /// Page `page` of the participants table in one order (`by-pinyin`, `by-english-name`, `by-attendance`), for
    /// pages after the first, which is the order's own page: `participants/table/by-pinyin/2.html`. A folder
    /// `table/` of a participant called `table` holds only numbered pages, never a folder.
    public static func participantsTable(order: String, page: Int) -> SitePath {
        SitePath("participants/table/\(order)/\(page).html")
    }

    public static func attendance(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/attendance.html") }

    public static func article(_ number: Int) -> SitePath { SitePath("articles/\(number).html") }

    /// Page `page` of the sessions that cite an article: the first at its permalink, then `articles/54/2.html`…
    public static func article(_ number: Int, page: Int) -> SitePath {
        page <= 1 ? article(number) : SitePath("articles/\(number)/\(page).html")
    }

    /// The fragment of a Convention chapter on the article index: `chapter-5`.
    public static func conventionChapterAnchor(_ number: Int) -> String { "chapter-\(number)" }

    /// The fragment of an article's row on the article index: `article-54`.
    public static func articleRowAnchor(_ number: Int) -> String { "article-\(number)" }

    /// The search page, which reads `?q=`, and the index it loads.
    public static let search = SitePath("search.html")
    public static let searchIndex = SitePath("search-index.js")
    public static let searchScript = SitePath("assets/search.js")
    public static let notFound = SitePath("404.html")
    public static let sitemap = SitePath("sitemap.xml")
    public static let robots = SitePath("robots.txt")
    public static let feed = SitePath("feed.xml")

    /// The fragment of a document symbol on the documents page: `cac-cosp-wg-2-2009-3`.
    public static func documentAnchor(_ symbol: String) -> String {
        symbol.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    /// The UN's public permalink of a document symbol.
    public static func undocs(_ symbol: String) -> String { "https://undocs.org/\(symbol)" }

    /// The official version of a document in one of the six official languages (`ar`, `zh`, `en`, `fr`,
    /// `ru`, `es`), on the UN's permalink service.
    public static func undocs(_ symbol: String, language: String) -> String { "https://undocs.org/\(language)/\(symbol)" }

    /// An asset of the theme, by its path inside the theme's `assets/` folder.
    public static func asset(_ name: String) -> SitePath { SitePath("assets/\(name)") }
}
