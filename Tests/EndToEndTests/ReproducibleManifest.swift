import Foundation
import Incremental

/// The output's manifest as any two builds of the same input write it: its record of each file's
/// modification time and inode — facts of the file system, which no two builds share — set to nought.
/// Everything else in it (keys, fingerprints, each file's size and SHA-256) is reproducible.
enum ReproducibleManifest {
    static func normalized(_ data: Data) -> Data {
        guard var manifest = try? JSONDecoder().decode(BuildManifest.self, from: data) else { return data }
        manifest.files = manifest.files.mapValues { record in
            var reproducible = record
            reproducible.modified = 0
            reproducible.inode = 0
            return reproducible
        }
        return manifest.encoded()
    }

    /// The files of an output, by path, with the manifest's bytes normalized.
    static func normalizing(_ files: [String: Data]) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { path, data in
            (path, path.hasSuffix(BuildManifest.fileName) ? normalized(data) : data)
        })
    }
}
