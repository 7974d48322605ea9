import Foundation

/// The build cache: for every session, keyed by a hash of its files and of everything shared (theme,
/// reference data, options, this program), what building it gave (`Outcome`). A session whose key is
/// unchanged is neither read, parsed, analysed nor rendered again; the pages across sessions are made
/// from the cached outcomes. The folder (`.rapporteur-cache/` by default) can be kept between CI runs
/// and is ignored by git; deleting it only makes the next build a full one.
///
/// An entry is verified before it is used (`CacheEntry`): one that is edited, truncated, garbage, of
/// another key or that does not decode is a miss, and is removed; the session is then built from its
/// files and its entry written again.
public struct BuildCache<Outcome: Codable & Sendable>: Sendable {
    public let folder: String
    /// The hash of everything shared by all sessions.
    public let sharedKey: String

    public init(folder: String, sharedKey: String) {
        self.folder = folder
        self.sharedKey = sharedKey
    }

    private var entriesFolder: String { "\(folder)/\(CacheEntry.formatVersion)/\(sharedKey)" }

    private func entryPath(_ slug: String) -> String { "\(entriesFolder)/\(slug).entry" }

    /// The cached outcome of a session, if it was built with the same key and its entry is intact.
    public func outcome(_ slug: String, key: String) -> Outcome? {
        let path = entryPath(slug)
        guard let entry = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return nil }
        guard let data = CacheEntry.verifiedOutcome(of: entry, key: key),
              let outcome = try? JSONDecoder().decode(Outcome.self, from: data) else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return outcome
    }

    /// Keeps a session's outcome. Written to a temporary file and renamed, so that a reader never sees
    /// half a file; a cache that cannot be written only makes later builds slower.
    public func store(_ outcome: Outcome, slug: String, key: String) {
        guard let data = try? JSONEncoder().encode(outcome) else { return }
        try? FileManager.default.createDirectory(atPath: entriesFolder, withIntermediateDirectories: true)
        try? CacheEntry.encode(data, key: key).write(to: URL(fileURLWithPath: entryPath(slug)), options: .atomic)
    }

    /// Removes the entries of other shared keys (an older theme, other options) and of older formats,
    /// keeping the cache small.
    public func removeStaleEntries() {
        let versionFolder = "\(folder)/\(CacheEntry.formatVersion)"
        remove(in: versionFolder) { $0 != sharedKey }
        remove(in: folder) { $0.hasPrefix("rapporteur-cache-") && $0 != CacheEntry.formatVersion }
    }

    private func remove(in parent: String, where isStale: (String) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for name in names where isStale(name) {
            try? FileManager.default.removeItem(atPath: "\(parent)/\(name)")
        }
    }
}
