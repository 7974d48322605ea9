import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Pipeline
import Testing
import ZIPFoundation

/// Publishing online and offline: canonical links, sitemap, robots.txt and the Atom feed when the site has
/// a base address; the 404 page; the downloadable ZIP of the whole site.
@Suite("End to end: publishing")
struct PublishingTests {
    static let base = "https://records.example.org/asset-recovery/"
    static let slug = "2012-08-asset-recovery-6"

    /// The real content plus the second-session fixture, so that the feed's order is tested.
    static func twoSessions() throws -> String {
        let content = try BuildSafetyTests.copyOfContent()
        let second = content.appendingPathComponent("sessions/2013-08-asset-recovery-7")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"),
                                         to: second.appendingPathComponent("report.md"))
        return content.path
    }

    @Test("without a base address: no canonical links, sitemap, robots.txt or feed")
    func withoutBase() throws {
        let site = try BuiltSite.build()
        for name in ["sitemap.xml", "robots.txt", "feed.xml"] {
            #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(name).path), "\(name)")
        }
        #expect(site.pages.values.allSatisfy { !$0.contains("rel=\"canonical\"") })
        let notFound = try #require(site.pages["404.html"])
        #expect(notFound.contains("href=\"/assets/style.css\""), "links from the server's root: it is answered at any address")
        #expect(notFound.contains("href=\"#main\""), "the skip link stays on the page")
    }

    @Test("with a base address, every page names its canonical address, and links stay relative")
    func canonicalLinks() throws {
        let site = try BuiltSite.build { $0.baseURL = "https://records.example.org/asset-recovery" }
        for (path, html) in site.pages where path != "404.html" {
            let expected = Self.base + (path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path)
            #expect(html.contains("<link rel=\"canonical\" href=\"\(expected)\">"), "\(path)")
            let absolute = BuiltSite.attributeValues("href", in: html).filter { $0.hasPrefix(Self.base) }
            #expect(absolute == [expected], "\(path): only the canonical link is absolute")
        }
        let notFound = try #require(site.pages["404.html"])
        #expect(notFound.contains("href=\"/asset-recovery/assets/style.css\""), "a server answers it at any address")
        #expect(notFound.contains("href=\"/asset-recovery/search.html\""))
        #expect(!notFound.contains("rel=\"canonical\""))
    }

    @Test("sitemap.xml lists every page once, absolute, and robots.txt names it")
    func sitemap() throws {
        let site = try BuiltSite.build { $0.baseURL = Self.base; $0.buildDate = .init(year: 2024, month: 5, day: 6) }
        let data = try Data(contentsOf: site.folder.appendingPathComponent("sitemap.xml"))
        let document = try XMLDocument(data: data)
        let root = try #require(document.rootElement())
        #expect(root.name == "urlset")
        #expect(root.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = root.elements(forName: "url")
        let locations = urls.compactMap { $0.elements(forName: "loc").first?.stringValue }
        #expect(locations.count == urls.count)
        #expect(Set(locations).count == locations.count, "each page once")
        #expect(urls.allSatisfy { $0.elements(forName: "lastmod").first?.stringValue == "2024-05-06" })
        let listedPages = Set(site.pages.keys).subtracting(["404.html", "search.html"]).union(["sessions/\(Self.slug)/report.akn.xml"])
        #expect(locations.count == listedPages.count)
        for location in locations {
            #expect(location.hasPrefix(Self.base))
            var path = String(location.dropFirst(Self.base.count))
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            #expect(listedPages.contains(path), "\(location) is a page of the site")
        }
        let robots = try String(contentsOf: site.folder.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots.contains("User-agent: *"))
        #expect(robots.contains("Sitemap: \(Self.base)sitemap.xml"))
    }

    @Test("feed.xml is Atom (RFC 4287): the required elements, each once, the reports newest first")
    func atomFeed() throws {
        let site = try BuiltSite.build(content: try Self.twoSessions()) { $0.baseURL = Self.base }
        let data = try Data(contentsOf: site.folder.appendingPathComponent("feed.xml"))
        let document = try XMLDocument(data: data)
        let feed = try #require(document.rootElement())
        #expect(feed.name == "feed")
        #expect(feed.uri == "http://www.w3.org/2005/Atom")
        let rfc3339 = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
        func children(_ element: XMLElement, _ name: String) -> [XMLElement] { element.elements(forName: name) }
        func attribute(_ element: XMLElement, _ name: String) -> String? {
            element.attributes?.first { $0.name == name }?.stringValue
        }
        // atom:feed: exactly one id, title, updated; an author, since not every entry need have one;
        // at most one link rel="alternate" per type; a link rel="self" is recommended.
        for name in ["id", "title", "updated"] { #expect(children(feed, name).count == 1, "feed/\(name)") }
        #expect(children(feed, "author").first.map { !children($0, "name").isEmpty } == true)
        #expect(children(feed, "updated").first?.stringValue?.range(of: rfc3339, options: .regularExpression) != nil)
        let links = children(feed, "link")
        #expect(links.first { attribute($0, "rel") == "self" }.flatMap { attribute($0, "href") } == Self.base + "feed.xml")
        #expect(links.filter { attribute($0, "rel") == "alternate" }.count == 1)
        let entries = children(feed, "entry")
        #expect(entries.count == 2)
        var ids: [String] = []
        for entry in entries {
            for name in ["id", "title", "updated"] { #expect(children(entry, name).count == 1, "entry/\(name)") }
            let id = try #require(children(entry, "id").first?.stringValue)
            #expect(URL(string: id)?.scheme == "https", "the id is an IRI")
            ids.append(id)
            #expect(children(entry, "updated").first?.stringValue?.range(of: rfc3339, options: .regularExpression) != nil)
            // No content element, so a link rel="alternate" is required, and a summary is given.
            let alternate = children(entry, "link").first { (attribute($0, "rel") ?? "alternate") == "alternate" }
            #expect(alternate.flatMap { attribute($0, "href") } == id)
            let summary = children(entry, "summary").first?.stringValue ?? ""
            #expect(summary.isEmpty == false)
        }
        #expect(ids == [Self.base + "sessions/2013-08-asset-recovery-7/", Self.base + "sessions/\(Self.slug)/"], "newest first")
        #expect(children(feed, "updated").first?.stringValue == "2013-08-30T00:00:00Z", "the newest report's date, not the clock")
        #expect(site.pages["index.html"]?.contains("type=\"application/atom+xml\" href=\"feed.xml\"") == true)
    }

    @Test("404.html and search.html are pages of the site, in its layout")
    func notFoundAndSearchPages() throws {
        let site = try BuiltSite.build()
        let notFound = try #require(site.pages["404.html"])
        #expect(notFound.contains("<h1>找不到该页</h1>"))
        #expect(notFound.contains("href=\"/search.html\""), "links from the root: a server answers it at any address")
        #expect(notFound.contains("<style>/* Rapporteur default theme."), "its own copy of the stylesheet: styled from disk and under any path")
        let search = try #require(site.pages["search.html"])
        #expect(search.contains("<script src=\"search-index.js\"></script>"))
        #expect(search.contains("<script src=\"assets/search.js\"></script>"))
        #expect(!search.contains("class=\"site-search\""), "one search box on the search page")
        let chapter = try #require(site.pages["sessions/\(Self.slug)/chapter-1.html"])
        #expect(chapter.contains("<form class=\"site-search\" role=\"search\" action=\"../../search.html\" method=\"get\">"))
        #expect(chapter.components(separatedBy: "<script").count - 1 == 1, "pages other than search run only the term card script")
        #expect(chapter.contains("<script src=\"../../assets/term-card.js\"></script>"))
        let full = try #require(site.pages["sessions/\(Self.slug)/full.html"])
        #expect(full.contains("@top-left { content: \"资产追回问题不限成员名额政府间工作组\"; }"), "the running header: the body, as the report has no symbol")
        #expect(full.contains("@top-right { content: \"2012 年 8 月 30 日至 31 日\"; }"))
    }

    @Test("--archive writes the whole site as a ZIP that unzips into one folder; the home page offers it")
    func archive() throws {
        var archivePath = ""
        let site = try BuiltSite.build { options in
            archivePath = options.outputPath + "/rapporteur-site.zip"
            options.archivePath = archivePath
            options.buildDate = .init(year: 2024, month: 5, day: 6)
        }
        let home = try #require(site.pages["index.html"])
        #expect(home.contains("<a href=\"rapporteur-site.zip\" download>"))
        let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
        var names: Set<String> = []
        for entry in archive {
            names.insert(entry.path)
            #expect(entry.path.hasPrefix("rapporteur-site/"))
            let relative = String(entry.path.dropFirst("rapporteur-site/".count))
            var contents = Data()
            _ = try archive.extract(entry) { contents.append($0) }
            if relative == "index.html" {
                let offlineHome = String(decoding: contents, as: UTF8.self)
                #expect(!offlineHome.contains("rapporteur-site.zip"), "the unzipped copy does not link to a ZIP it lacks")
                #expect(offlineHome.contains("sessions/\(Self.slug)/index.html"))
            } else {
                #expect(contents == (try Data(contentsOf: site.folder.appendingPathComponent(relative))), "\(relative)")
            }
        }
        let siteFiles = try FileManager.default.subpathsOfDirectory(atPath: site.folder.path).filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && !path.hasPrefix(".") && path != "rapporteur-site.zip"
        }
        #expect(names == Set(siteFiles.map { "rapporteur-site/" + $0 }), "every file of the site, nothing else")
        #expect(names.contains("rapporteur-site/search-index.js"))

        // The same input gives the same bytes.
        var secondPath = ""
        _ = try BuiltSite.build { options in
            secondPath = options.outputPath + "/rapporteur-site.zip"
            options.archivePath = secondPath
            options.buildDate = .init(year: 2024, month: 5, day: 6)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: archivePath)) == (try Data(contentsOf: URL(fileURLWithPath: secondPath))))
    }

    @Test("an archive outside the output is written there, and the home page does not link to it")
    func archiveOutsideOutput() throws {
        let folder = try Repository.temporaryFolder()
        let outside = folder.appendingPathComponent("download/site.zip")
        try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        let site = try BuiltSite.build { $0.archivePath = outside.path }
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect(site.pages["index.html"]?.contains(".zip") == false)
    }

    @Test("the command line checks --base-url and --archive")
    func commandLine() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("Public").path
        let badURL = try CommandRun.run(["build", "--output", output, "--base-url", "records.example.org"])
        #expect(badURL.status == 2)
        #expect(badURL.errors.contains("--base-url must be an absolute http(s) address"))
        let badArchive = try CommandRun.run(["build", "--output", output, "--archive", "site.tar"])
        #expect(badArchive.status == 2)
        let good = try CommandRun.run(["build", "--output", output, "--quiet", "--base-url", Self.base,
                                       "--archive", output + "/site.zip"])
        #expect(good.status == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/feed.xml"))
        #expect(FileManager.default.fileExists(atPath: output + "/site.zip"))
    }
}

/// A site built in two interface languages: the first at the root, the other in `en/`.
@Suite("End to end: two interface languages")
struct InterfaceVersionsTests {
    static func bilingualContent() throws -> URL {
        let content = try BuildSafetyTests.copyOfContent()
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + "also_ui_languages: [en]\n").write(to: site, atomically: true, encoding: .utf8)
        return content
    }

    @Test("every page exists in both versions, each links to the other, and the sitemap gives hreflang alternates")
    func twoVersions() throws {
        let site = try BuiltSite.build(content: try Self.bilingualContent().path) { $0.baseURL = PublishingTests.base }
        let chinese = site.pages.keys.filter { !$0.hasPrefix("en/") }
        let english = Set(site.pages.keys.filter { $0.hasPrefix("en/") })
        #expect(chinese.count == 332, "150 pages, 167 pages of uses (one per term the record uses) and 15 of citations (resolutions, documents, chapters)")
        #expect(english == Set(chinese.map { "en/" + $0 }), "the same pages in en/")
        for path in chinese where path != "404.html" {
            let page = try #require(site.pages[path])
            let other = try #require(site.pages["en/" + path])
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"))
            #expect(other.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "en/\(path)")
            #expect(other.contains("<link rel=\"canonical\" href=\"\(PublishingTests.base)en/\(path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)\">"))
            #expect(page.contains("hreflang=\"en\""))
            // The switch links resolve to the other version of the same page.
            let depth = path.split(separator: "/").count - 1
            let up = String(repeating: "../", count: depth)
            #expect(page.contains("<a href=\"\(up)en/\(path)\" lang=\"en\" hreflang=\"en\">English</a>"), "\(path)")
            #expect(other.contains("<a href=\"../\(up)\(path)\" lang=\"zh-Hans\" hreflang=\"zh-Hans\">中文</a>"), "en/\(path)")
        }
        // Every link of the English version stays in it or leaves for the Chinese one through the switch.
        for path in english {
            let html = try #require(site.pages[path])
            let folder = (path as NSString).deletingLastPathComponent
            for link in BuiltSite.attributeValues("href", in: html) + BuiltSite.attributeValues("src", in: html)
                where !link.hasPrefix("https://") && !link.hasPrefix("#") && !(path == "en/404.html" && link.hasPrefix("/")) {
                let file = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let target = (folder.isEmpty ? file : "\(folder)/\(file)") as NSString
                #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(target.standardizingPath).path),
                        "\(path): \(link)")
            }
        }
        let english25 = try #require(site.pages["en/sessions/2012-08-asset-recovery-6/chapter-5.html"])
        #expect(english25.contains("id=\"p25\""))

        let sitemap = try String(contentsOf: site.folder.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let urls = sitemap.components(separatedBy: "<url>").dropFirst()
        #expect(urls.count == 2 * 330 + 1, "both versions of every page but search and 404, and the AKN file once")
        #expect(urls.filter { !$0.contains(".akn.xml") }.allSatisfy { $0.components(separatedBy: "hreflang=").count - 1 == 2 })
        #expect(sitemap.contains("<loc>\(PublishingTests.base)en/articles/54.html</loc><xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"\(PublishingTests.base)articles/54.html\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"\(PublishingTests.base)en/articles/54.html\"/>"))
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("en/sitemap.xml").path), "one sitemap")
        let englishFeed = try String(contentsOf: site.folder.appendingPathComponent("en/feed.xml"), encoding: .utf8)
        #expect(englishFeed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(PublishingTests.base)en/feed.xml\"/>"))
        let englishIndex = try String(contentsOf: site.folder.appendingPathComponent("en/search-index.js"), encoding: .utf8)
        #expect(englishIndex.contains("\"para. 25\""), "labels in the English interface")
        let notFound = try #require(site.pages["en/404.html"])
        #expect(notFound.contains("href=\"/asset-recovery/en/assets/style.css\""))
    }

    @Test("with two interface languages, an incremental rebuild still equals a full build")
    func incremental() throws {
        let content = try Self.bilingualContent()
        try IncrementalBuildTests.addSession(IncrementalBuildTests.second, to: content, report: String(
            contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/second-session/report.md"), encoding: .utf8))
        let scratch = try Repository.temporaryFolder()
        let output = scratch.appendingPathComponent("Public"), cache = scratch.appendingPathComponent("cache")
        _ = try IncrementalBuildTests.build(content, into: output, cache: cache)
        try IncrementalBuildTests.edit(content, IncrementalBuildTests.second) { $0.replacingOccurrences(of: "工作组还讨论了", with: "工作组还详细讨论了") }
        let rebuilt = try IncrementalBuildTests.build(content, into: output, cache: cache)
        #expect(rebuilt.result.sessionsRendered == 1)
        #expect(try String(contentsOf: output.appendingPathComponent("en/sessions/\(IncrementalBuildTests.second)/chapter-1.html"), encoding: .utf8)
            .contains("还详细讨论了"))
        try IncrementalBuildTests.expectSameAsFullBuild(output, content: content)
    }
}
