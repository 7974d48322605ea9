import Foundation
import Linking

/// A file of the generated site: its path in the site and its bytes.
public struct OutputFile: Sendable, Hashable {
    public let path: SitePath
    public let contents: Data
    /// For a page: the hash of what it was rendered from (`PageFingerprint`).
    public var fingerprint: String?
    /// The previous output holds this very page (same fingerprint): it was not rendered, and `contents`
    /// is empty; the file is taken from there.
    public var isUnchanged = false
    /// The build has already written the file to its output (as soon as it was rendered, to keep the
    /// memory of a large build small); `contents` is empty.
    public var isWritten = false

    public init(path: SitePath, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// A page the previous output holds as it is (rendered from `fingerprint`): nothing to render or write.
    public static func unchanged(_ path: SitePath, fingerprint: String) -> OutputFile {
        var file = OutputFile(path: path, contents: Data())
        file.fingerprint = fingerprint
        file.isUnchanged = true
        return file
    }

    /// The file once the build has written it: what the manifest needs of it, without its bytes.
    public func written() -> OutputFile {
        var file = OutputFile(path: path, contents: Data())
        file.fingerprint = fingerprint
        file.isWritten = true
        return file
    }

    /// The same file in an interface version's folder (`en/…`).
    public func placed(in version: InterfaceVersion) -> OutputFile {
        guard !version.folder.isEmpty else { return self }
        var placed = OutputFile(path: version.place(path), contents: contents)
        placed.fingerprint = fingerprint
        placed.isUnchanged = isUnchanged
        placed.isWritten = isWritten
        return placed
    }

    public init(path: SitePath, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
