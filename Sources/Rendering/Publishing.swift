import Linking

/// How the site is published, as far as pages show it: where it lives online, if anywhere, and whether a
/// downloadable archive of it is offered.
public struct Publishing: Sendable, Hashable {
    /// The site's address with a final slash (`https://example.org/records/`), when it has one.
    public let baseURL: String?
    /// The file name of the site's ZIP archive, beside `index.html`, when the build writes one.
    public let archiveName: String?

    public init(baseURL: String? = nil, archiveName: String? = nil) {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.archiveName = archiveName
    }

    /// The absolute address of a page, folder-style for `index.html` (what a server answers there).
    public func absoluteURL(_ path: SitePath) -> String? {
        guard let baseURL else { return nil }
        let value = path.value
        if value == "index.html" { return baseURL }
        if value.hasSuffix("/index.html") { return baseURL + value.dropLast("index.html".count) }
        return baseURL + value
    }

    /// The path part of the base address (`/records/`), from which the 404 page's links start, since a
    /// server answers it at any address. Without a base address, the site is taken to be at the root.
    public var rootPath: String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
}
