import FlyingFox
import Foundation
import Testing
@testable import Serving

@Suite("Serve: responses for the files of the site")
struct StaticFileResponderTests {
    static let page = "<!DOCTYPE html>\n<html><body><p>页</p></body></html>\n"

    func respond(_ rawPath: String, method: HTTPMethod = .GET, in site: SiteFolder) async throws -> (HTTPResponse, String) {
        let responder = StaticFileResponder(resolver: RequestPathResolver(siteFolder: site.root.path), liveReload: LiveReload())
        let request = HTTPRequest(method: method, version: .http11, target: .init(path: rawPath, query: ""),
                                  headers: [:], body: HTTPBodySequence(data: Data()))
        let response = try await responder.handleRequest(request)
        return (response, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    @Test func pagesGetTheScriptOtherFilesAreSentAsTheyAre() async throws {
        let site = try SiteFolder(files: ["index.html": Self.page, "assets/style.css": "body { color: red }\n",
                                          "data/glossary.tbx": "<tbx/>\n"])
        defer { site.remove() }
        let (page, html) = try await respond("/", in: site)
        #expect(page.statusCode == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        #expect(page.headers[.cacheControl] == "no-store")
        #expect(html == "<!DOCTYPE html>\n<html><body><p>页</p><script src=\"/__rapporteur/live-reload.js\" data-generation=\"1\"></script>\n</body></html>\n")
        let onDisk = try String(contentsOf: site.root.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(onDisk == Self.page, "the file itself is never changed")

        let (style, css) = try await respond("/assets/style.css", in: site)
        #expect(style.headers[.contentType] == "text/css; charset=utf-8")
        #expect(css == "body { color: red }\n")
        let (glossary, tbx) = try await respond("/data/glossary.tbx", in: site)
        #expect(glossary.headers[.contentType] == "application/xml; charset=utf-8")
        #expect(tbx == "<tbx/>\n")
    }

    @Test func unknownFilesGetTheSites404PageWithStatus404() async throws {
        let site = try SiteFolder(files: ["index.html": Self.page, "404.html": "<html><body>找不到</body></html>"])
        defer { site.remove() }
        for path in ["/nothing-here.html", "/%2e%2e/Public-private/secret.html", "//etc/passwd"] {
            let (response, body) = try await respond(path, in: site)
            #expect(response.statusCode == .notFound, "\(path)")
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(body.hasPrefix("<html><body>找不到<script src=\"/__rapporteur/live-reload.js\""), "\(path)")
        }
    }

    @Test func withoutA404PageAPlainOne() async throws {
        let site = try SiteFolder(files: ["index.html": Self.page])
        defer { site.remove() }
        let (response, body) = try await respond("/../Public-private/secret.html", in: site)
        #expect(response.statusCode == .notFound)
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(body == "404 Not Found\n")
    }

    @Test func headHasNoBodyAndOtherMethodsAreRefused() async throws {
        let site = try SiteFolder(files: ["index.html": Self.page])
        defer { site.remove() }
        let (head, headBody) = try await respond("/index.html", method: .HEAD, in: site)
        #expect(head.statusCode == .ok && head.headers[.contentType] == "text/html; charset=utf-8" && headBody.isEmpty)
        let (post, _) = try await respond("/index.html", method: .POST, in: site)
        #expect(post.statusCode == .methodNotAllowed)
    }
}
