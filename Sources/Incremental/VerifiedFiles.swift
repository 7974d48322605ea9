import Synchronization

/// The files of the previous output that one build found intact by hashing them (their stat differed
/// from the record: touched, or restored elsewhere with new inodes), with the stat they had then. The
/// build's own manifest records them with that stat and the hash already known, so that no file is read
/// twice. Shared by the threads that check files; a build's own, never kept.
final class VerifiedFiles: Sendable {
    private let stats = Mutex<[String: FileStat]>([:])

    func insert(_ path: String, stat: FileStat) {
        stats.withLock { $0[path] = stat }
    }

    var all: [String: FileStat] {
        stats.withLock { $0 }
    }
}
