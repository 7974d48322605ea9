import Foundation

/// A session folder's files, each read once: the build hashes them for its cache key and parses them
/// from these bytes, so that no file is read twice in one build.
public struct SessionFiles: Sendable {
    public let slug: String
    /// Every visible file of the folder, by path, in path order; a file that cannot be read is left out
    /// (reading it again when loading reports why).
    public let contents: [(path: String, data: Data)]

    public init(slug: String, loader: ContentLoader) {
        self.slug = slug
        contents = loader.sessionFiles(slug).compactMap { path in
            (try? loader.fileSystem.readFile(path)).map { (path, $0) }
        }
    }

    /// The loader's file system, answering reads of these files from memory.
    public func overlaying(_ base: FileSystem) -> FileSystem {
        let byPath = Dictionary(contents.map { ($0.path, $0.data) }) { first, _ in first }
        var overlay = base
        overlay.readFile = { path in try byPath[path] ?? base.readFile(path) }
        return overlay
    }
}
