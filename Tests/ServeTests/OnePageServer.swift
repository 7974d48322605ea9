import Foundation
@testable import Serving

/// A server of a one-page site on a free port of 127.0.0.1, for the time of a check.
enum OnePageServer {
    static let mark = "<p>home</p>"

    static func with(_ limits: ServeLimits = ServeLimits(), _ check: (UInt16) async throws -> Void) async throws {
        let site = try SiteFolder(files: ["index.html": "<!doctype html>\n<html><body>\(mark)</body></html>\n"])
        defer { site.remove() }
        let handler = StaticFileResponder(resolver: RequestPathResolver(siteFolder: site.root.path), liveReload: LiveReload())
        let server = try await LoopbackHTTPServer(port: 0, handler: handler, limits: limits)
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        try await check(server.port)
    }
}
