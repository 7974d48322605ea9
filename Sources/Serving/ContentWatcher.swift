import Foundation

/// Notices changes in the content and theme folders by polling: every `interval` it lists the files
/// below them with their size, modification time and file number, and a change is reported once the
/// folders have stayed the same for one more interval (an editor's save, or a `git checkout`, is then
/// over).
///
/// Polling rather than inotify: it works the same on Linux and macOS, sees folders created after it
/// started without arming new watches, needs no C shim, and a content folder of a few hundred files
/// costs well under a millisecond a poll.
public struct ContentWatcher: Sendable {
    public let folders: [String]
    public let interval: Duration

    public init(folders: [String], interval: Duration = .milliseconds(300)) {
        self.folders = folders
        self.interval = interval
    }

    /// What the folders held at one moment: each file's path, size, modification time and file number.
    public struct Snapshot: Sendable, Equatable {
        struct Entry: Sendable, Equatable {
            let size: UInt64
            let modified: Date?
            let fileNumber: UInt64
        }

        let entries: [String: Entry]
    }

    public func snapshot() -> Snapshot {
        var entries: [String: Snapshot.Entry] = [:]
        let fileManager = FileManager.default
        for folder in folders {
            guard let enumerator = fileManager.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = "\(folder)/\(relative)"
                guard let attributes = try? fileManager.attributesOfItem(atPath: path) else { continue }
                entries[path] = Snapshot.Entry(
                    size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                    modified: attributes[.modificationDate] as? Date,
                    fileNumber: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
            }
        }
        return Snapshot(entries: entries)
    }

    /// Waits until the folders differ from `snapshot` and then stay the same for one interval; returns
    /// what they hold then. Throws `CancellationError` when the task is cancelled.
    public func nextChange(after snapshot: Snapshot) async throws -> Snapshot {
        var last = snapshot
        var changed = false
        while true {
            try await Task.sleep(for: interval)
            let current = self.snapshot()
            if current != last {
                changed = true
                last = current
            } else if changed {
                return current
            }
        }
    }
}
