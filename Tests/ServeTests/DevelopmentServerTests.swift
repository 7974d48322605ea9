import FlyingSocks
import Foundation
import Pipeline
import Testing
@testable import Serving

@Suite("Serve: the real site over HTTP on 127.0.0.1")
struct DevelopmentServerTests {
    @Test func servesTheSiteAndNothingOutsideIt() async throws {
        let site = try SiteFolder(files: [:])
        defer { site.remove() }
        let repository = SiteFolder.repository
        let options = BuildOptions(contentPath: repository.appendingPathComponent("Content").path,
                                   themePath: repository.appendingPathComponent("Themes/default").path,
                                   outputPath: site.root.path)
        let (addresses, address) = AsyncStream.makeStream(of: URL.self)
        let server = DevelopmentServer(options: options, port: 0)
        let running = Task {
            try await server.run { event in
                if case .listening(let url) = event { address.yield(url) }
            }
        }
        var first: URL?
        for await url in addresses {
            first = url
            break
        }
        let url = try #require(first)
        #expect(url.host == "127.0.0.1")
        let port = try #require(url.port.flatMap { UInt16(exactly: $0) })
        try site.link("leak.html", to: "/etc/passwd")
        try site.link("private", to: site.outside.path)

        let home = try await RawHTTPClient.get("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("<script src=\"/__rapporteur/live-reload.js\" data-generation=\"1\"></script>\n</body>"))
        let chapter = try await RawHTTPClient.get("/sessions/2012-08-asset-recovery-6/chapter-5.html", port: port)
        #expect(chapter.status == 200 && chapter.body.contains("id=\"p25\""))
        for (path, type) in [("/assets/style.css", "text/css; charset=utf-8"), ("/data/glossary.tbx", "application/xml; charset=utf-8"),
                             ("/data/attendance.csv", "text/csv; charset=utf-8"), ("/data/attendance.json", "application/json; charset=utf-8")] {
            let file = try await RawHTTPClient.get(path, port: port)
            #expect(file.status == 200 && file.headers["content-type"] == type, "\(path)")
            #expect(!file.body.contains("__rapporteur"), "\(path): only HTML gets the script")
        }
        let cover = try await RawHTTPClient.get("/sessions/2012-08-asset-recovery-6", port: port)
        #expect(cover.status == 301 && cover.headers["location"] == "/sessions/2012-08-asset-recovery-6/")

        for attack in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
                       "/..%2f..%2f..%2fetc%2fpasswd", "//etc/passwd", "/..\\..\\etc\\passwd", "/..%5c..%5cetc%5cpasswd",
                       "/index.html%00.css", "/leak.html", "/private/secret.html", "/.rapporteur-output",
                       "/sessions/2012-08-asset-recovery-6/../../../Public-private/secret.html"] {
            let response = try await RawHTTPClient.get(attack, port: port)
            #expect(response.status == 404, "\(attack)")
            #expect(!response.body.contains("root:") && !response.body.contains("secret"), "\(attack)")
        }

        let rebound = try await RawHTTPClient.send(Data("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n".utf8), port: port)
        #expect(rebound.status == 421 && !rebound.body.contains("<html"), "a page of another site (DNS rebinding) is refused")
        let huge = try await RawHTTPClient.send(Data("GET /\(String(repeating: "a", count: 1 << 20)) HTTP/1.1\r\n\r\n".utf8), port: port)
        #expect(huge.status == 414)

        let generation = try await RawHTTPClient.get("/__rapporteur/reload?since=0", port: port)
        #expect(generation.status == 200 && generation.body == "{\"generation\": 1, \"failed\": false}\n")
        let script = try await RawHTTPClient.get("/__rapporteur/live-reload.js", port: port)
        #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")

        await #expect(throws: (any Error).self, "listening on 127.0.0.1 only, not on the rest of the loopback range") {
            _ = try await RawHTTPClient.get("/", port: port, host: "127.0.0.2")
        }
        let onDisk = try String(contentsOf: site.root.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__rapporteur"), "the published files never hold the script")

        running.cancel()
        try await running.value
    }
}
