import ContentHashing
import Parallelism

/// What the manifest records of one file the build wrote: its stat once it was in place (`FileStat`) and
/// the SHA-256 of its bytes. A later build trusts the file when its stat is the same, and otherwise when
/// its bytes still have this hash.
public struct FileRecord: Codable, Equatable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64
    public var sha256: String

    public init(stat: FileStat, sha256: String) {
        size = stat.size
        modified = stat.modified
        inode = stat.inode
        self.sha256 = sha256
    }

    public var stat: FileStat { FileStat(size: size, modified: modified, inode: inode) }

    /// The record of the file at `path`, its bytes hashed unless `previous` has the same stat (a file
    /// hard-linked from the previous output is the same file: its hash is carried over); nil if it
    /// cannot be read.
    public static func of(_ path: String, previous: FileRecord?) -> FileRecord? {
        guard let stat = FileStat.of(path) else { return nil }
        if let previous, previous.stat == stat { return previous }
        return SHA256.hex(ofFile: path).map { FileRecord(stat: stat, sha256: $0) }
    }
}

extension FileRecord {
    /// The records of the files at `paths` inside `folder`, read on all cores; a file whose stat is that of
    /// its `previous` record keeps that record's hash unread. A file that cannot be read is left out (and
    /// so never trusted later).
    public static func records(of paths: [String], in folder: String, previous: [String: FileRecord]) -> [String: FileRecord] {
        let records = paths.parallelMap { path in (path, FileRecord.of("\(folder)/\(path)", previous: previous[path])) }
        return Dictionary(records.compactMap { path, record in record.map { (path, $0) } }) { first, _ in first }
    }
}
