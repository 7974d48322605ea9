/// The path of a file of the generated site, relative to its root: `sessions/2012/chapter-5.html`.
/// Every link between pages is made relative from one `SitePath` to another, so the site works from
/// `file://` and under any base path.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public var description: String { value }

    /// The folders the file is in, outermost first.
    public var folders: [Substring] {
        Array(value.split(separator: "/").dropLast())
    }

    /// The file's own name: `chapter-5.html`.
    public var fileName: String {
        value.split(separator: "/").last.map(String.init) ?? value
    }

    /// The prefix that leads from this file back to the site root: `../../` for `sessions/x/index.html`.
    public var rootPrefix: String {
        String(repeating: "../", count: folders.count)
    }

    /// A relative URL from this file to `target`, with an optional fragment (`p25`).
    /// Links within the same file are the fragment alone.
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        let suffix = fragment.map { "#\($0)" } ?? ""
        if target == self, fragment != nil { return suffix }
        let from = folders
        let to = target.value.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = String(repeating: "../", count: from.count - common)
        return ups + to[common...].joined(separator: "/") + suffix
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value < rhs.value }
}
