import Foundation

/// Maps the path of a request to a file inside the site folder, and nothing outside it.
///
/// It reads the raw, percent-encoded path of the request line, not a path a library has already
/// decoded or normalised: each segment is decoded on its own, and a segment that decodes to something no
/// published file name holds is refused: `..`, `.` and any name that starts with a dot (`%2e%2e` and
/// `%2E%2E` too), an empty segment (`//etc/passwd`), a slash (`%2f`), a backslash, a NUL or another
/// control character. The file's real path, symbolic links resolved, must then lie inside the site
/// folder's real path, so a link in the output that points outside it is not followed.
public struct RequestPathResolver: Sendable {
    public enum Resolution: Sendable, Equatable {
        /// The real path of the file to send.
        case file(String)
        /// A folder asked for without its final slash: send the browser to this path, so that the page's
        /// relative links resolve inside the folder.
        case redirect(String)
        case notFound
    }

    public let siteFolder: String

    public init(siteFolder: String) {
        self.siteFolder = siteFolder
    }

    public func resolve(_ rawPath: String) -> Resolution {
        guard let segments = Self.segments(of: rawPath) else { return .notFound }
        guard let root = Self.realPath(siteFolder),
              let real = Self.realPath(([root] + segments.names).joined(separator: "/")),
              Self.isSameOrInside(real, root) else { return .notFound }
        switch Self.kind(of: real) {
        case .regularFile:
            return segments.endsWithSlash ? .notFound : .file(real)
        case .folder:
            guard let index = Self.realPath(real + "/index.html"), Self.isSameOrInside(index, root),
                  Self.kind(of: index) == .regularFile else { return .notFound }
            guard segments.endsWithSlash || segments.names.isEmpty else {
                return .redirect("/" + segments.names.map(Self.percentEncoded).joined(separator: "/") + "/")
            }
            return .file(index)
        case .other:
            return .notFound
        }
    }

    /// The decoded names of the path's segments, or nil when one of them is refused.
    static func segments(of rawPath: String) -> (names: [String], endsWithSlash: Bool)? {
        guard rawPath.hasPrefix("/") else { return nil }
        var rawSegments = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let endsWithSlash = rawSegments.last == ""
        if endsWithSlash { rawSegments.removeLast() }
        var names: [String] = []
        for rawSegment in rawSegments {
            guard let name = rawSegment.removingPercentEncoding, isPublishableName(name) else { return nil }
            names.append(name)
        }
        return (names, endsWithSlash)
    }

    private static func isPublishableName(_ name: String) -> Bool {
        guard let first = name.first, first != "." else { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control
        }
    }

    private static func percentEncoded(_ name: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#%")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }

    /// The path with every symbolic link resolved, or nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    private enum Kind { case regularFile, folder, other }

    private static func kind(of path: String) -> Kind {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return .other }
        switch type {
        case .typeRegular: return .regularFile
        case .typeDirectory: return .folder
        default: return .other
        }
    }
}
