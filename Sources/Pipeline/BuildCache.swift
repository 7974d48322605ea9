import Diagnostics
import Foundation
import Linking
import Model

/// The build cache: for every session, keyed by a hash of its files and of everything shared (theme,
/// reference data, options, this program), what building it gave (`SessionOutcome`). A session whose
/// key is unchanged is neither read, parsed, analysed nor rendered again; the pages across sessions are
/// made from the cached outcomes. The folder (`.rapporteur-cache/` by default) can be kept between CI
/// runs and is ignored by git; deleting it only makes the next build a full one.
struct BuildCache: Sendable {
    static let formatVersion = "rapporteur-cache-1"

    let folder: String
    /// The hash of everything shared by all sessions.
    let sharedKey: String

    private var entriesFolder: String { "\(folder)/\(Self.formatVersion)/\(sharedKey)" }

    private struct Entry: Codable {
        var key: String
        var outcome: SessionOutcome
    }

    /// The cached outcome of a session, if it was built with the same key.
    func outcome(_ slug: String, key: String) -> SessionOutcome? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: "\(entriesFolder)/\(slug).json")),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key else { return nil }
        return entry.outcome
    }

    /// Keeps a session's outcome. Written to a temporary file and renamed, so that a reader never sees
    /// half a file; a cache that cannot be written only makes later builds slower.
    func store(_ outcome: SessionOutcome, slug: String, key: String) {
        guard let data = try? JSONEncoder().encode(Entry(key: key, outcome: outcome)) else { return }
        try? FileManager.default.createDirectory(atPath: entriesFolder, withIntermediateDirectories: true)
        try? data.write(to: URL(fileURLWithPath: "\(entriesFolder)/\(slug).json"), options: .atomic)
    }

    /// Removes the entries of other shared keys (an older theme, other options), keeping the cache small.
    func removeStaleEntries() {
        let versionFolder = "\(folder)/\(Self.formatVersion)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: versionFolder)) ?? []
        for name in names where name != sharedKey {
            try? FileManager.default.removeItem(atPath: "\(versionFolder)/\(name)")
        }
    }
}
