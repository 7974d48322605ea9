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
        // Work on the UTF-8 bytes: this runs for every link of every page.
        let from = value.utf8, to = target.value.utf8
        let slash = UInt8(ascii: "/")
        // The longest common prefix of whole folders: up to and including the last shared "/".
        var common = from.startIndex, targetCommon = to.startIndex
        var fromIndex = from.startIndex, toIndex = to.startIndex
        while fromIndex != from.endIndex, toIndex != to.endIndex, from[fromIndex] == to[toIndex] {
            let byte = from[fromIndex]
            fromIndex = from.index(after: fromIndex)
            toIndex = to.index(after: toIndex)
            if byte == slash {
                common = fromIndex
                targetCommon = toIndex
            }
        }
        // One "../" for each folder of this file below the common prefix.
        let ups = from[common...].reduce(0) { $0 + ($1 == slash ? 1 : 0) }
        var result = String(repeating: "../", count: ups)
        result += String(decoding: to[targetCommon...], as: UTF8.self)
        return result + suffix
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value < rhs.value }
}
