import Foundation
import Testing
@testable import Serving

@Suite("Serve: request paths never leave the output folder")
struct RequestPathResolverTests {
    static let files = [
        "index.html": "home",
        "a b.html": "spaced",
        "sessions/s/index.html": "cover",
        "sessions/s/chapter-1.html": "chapter",
        ".rapporteur-output": "marker",
        "assets/style.css": "body {}",
    ]

    /// Runs `check` with a resolver on a fresh site holding `files` and three symbolic links: one to a
    /// page inside, one to `/etc`, one to a folder beside the site.
    func withSite(_ check: (RequestPathResolver, SiteFolder) throws -> Void) throws {
        let site = try SiteFolder(files: Self.files)
        defer { site.remove() }
        try site.link("inside.html", to: "index.html")
        try site.link("etc", to: "/etc")
        try site.link("passwd.html", to: "/etc/passwd")
        try site.link("private", to: "../Public-private")
        try check(RequestPathResolver(siteFolder: site.root.path), site)
    }

    func real(_ url: URL) -> String {
        RequestPathResolver.realPath(url.path) ?? url.path
    }

    @Test func filesFoldersAndTheirIndexes() throws {
        try withSite { resolver, site in
            #expect(resolver.resolve("/") == .file(real(site.root.appendingPathComponent("index.html"))))
            #expect(resolver.resolve("/index.html") == .file(real(site.root.appendingPathComponent("index.html"))))
            #expect(resolver.resolve("/sessions/s/") == .file(real(site.root.appendingPathComponent("sessions/s/index.html"))))
            #expect(resolver.resolve("/sessions/s/chapter-1.html") == .file(real(site.root.appendingPathComponent("sessions/s/chapter-1.html"))))
            #expect(resolver.resolve("/a%20b.html") == .file(real(site.root.appendingPathComponent("a b.html"))))
            #expect(resolver.resolve("/inside.html") == .file(real(site.root.appendingPathComponent("index.html"))), "a link that stays inside is followed")
        }
    }

    @Test func aFolderWithoutItsFinalSlashIsRedirected() throws {
        try withSite { resolver, _ in
            #expect(resolver.resolve("/sessions/s") == .redirect("/sessions/s/"))
            #expect(resolver.resolve("/assets") == .notFound, "a folder without an index.html is not listed")
            #expect(resolver.resolve("/sessions/s/chapter-1.html/") == .notFound)
            #expect(resolver.resolve("/missing.html") == .notFound)
        }
    }

    @Test(arguments: [
        "/../etc/passwd",
        "/../../../../etc/passwd",
        "/sessions/../../etc/passwd",
        "/sessions/s/../../index.html",
        "/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/%2e%2E/Public-private/secret.html",
        "/.%2e/etc/passwd",
        "/sessions/%2e%2e/%2e%2e/etc/passwd",
        "/..%2fetc%2fpasswd",
        "/..%2Fetc%2Fpasswd",
        "/sessions%2f..%2f..%2fetc%2fpasswd",
        "/%2fetc%2fpasswd",
        "//etc/passwd",
        "///etc/passwd",
        "/sessions//s/index.html",
        "etc/passwd",
        "",
        "/..\\etc\\passwd",
        "/\\etc\\passwd",
        "/..%5c..%5cetc%5cpasswd",
        "/sessions%5cs%5cindex.html",
        "/index.html%00",
        "/index.html%00.css",
        "/%00",
        "/sessions/s/chapter-1.html%0a",
        "/./index.html",
        "/.rapporteur-output",
        "/%2erapporteur-output",
        "/%zz/index.html",
        "/%c0%ae%c0%ae/etc/passwd",
        "/etc/passwd",
        "/etc/",
        "/passwd.html",
        "/private/secret.html",
    ])
    func traversalIsNotFound(path: String) throws {
        try withSite { resolver, _ in
            #expect(resolver.resolve(path) == .notFound, "\(path)")
        }
    }

    @Test func aSiblingFolderWhoseNameStartsLikeTheSiteIsOutsideIt() {
        #expect(!RequestPathResolver.isSameOrInside("/tmp/x/Public-private/secret.html", "/tmp/x/Public"))
        #expect(RequestPathResolver.isSameOrInside("/tmp/x/Public/index.html", "/tmp/x/Public"))
        #expect(RequestPathResolver.isSameOrInside("/tmp/x/Public", "/tmp/x/Public"))
    }
}
