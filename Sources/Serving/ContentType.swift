/// The `Content-Type` of a file of the site, from its extension. Text types say `charset=utf-8`: every
/// text file the build writes is UTF-8.
enum ContentType {
    static func of(path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return binary }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        if let text = textTypes[fileExtension] { return "\(text); charset=utf-8" }
        return binaryTypes[fileExtension] ?? binary
    }

    static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }

    private static let binary = "application/octet-stream"

    private static let textTypes = [
        "html": "text/html", "htm": "text/html",
        "css": "text/css",
        "js": "text/javascript", "mjs": "text/javascript",
        "json": "application/json",
        "xml": "application/xml",
        // TBX (the glossary for translators' tools) is XML; no media type of its own is registered.
        "tbx": "application/xml",
        "csv": "text/csv",
        "txt": "text/plain", "md": "text/markdown",
        "svg": "image/svg+xml",
    ]

    private static let binaryTypes = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "pdf": "application/pdf", "zip": "application/zip",
        "woff": "font/woff", "woff2": "font/woff2",
    ]
}
