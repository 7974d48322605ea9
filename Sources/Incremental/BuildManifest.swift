import Foundation

/// What an output folder was built from and what it holds, kept in it as `.rapporteur-manifest.json`:
/// the shared key, the archive asked for, each session's key and the key of what its pages show of other
/// sessions, each page's fingerprint, and a record (stat and SHA-256) of every file the build wrote.
/// A session whose keys match may have its pages taken from the previous output instead of rendered,
/// if their files are intact; when everything matches and every recorded file is intact, the output is
/// up to date and nothing is written.
public struct BuildManifest: Codable, Equatable, Sendable {
    public static let fileName = ".rapporteur-manifest.json"

    public struct SessionKeys: Codable, Equatable, Sendable {
        /// The hash of the session's files (and the shared key).
        public var content: String
        /// The hash of what its pages show of other sessions (`SessionView`).
        public var view: String

        public init(content: String, view: String) {
            self.content = content
            self.view = view
        }
    }

    public var shared: String
    public var archive: String?
    public var sessions: [String: SessionKeys]
    /// Every page, with the fingerprint of what it was rendered from.
    public var pages: [String: String]
    /// Every file the build wrote (pages, data, assets, the archive in the output; not the manifest itself,
    /// nor the marker and kept files), as it was once in place. A manifest without it (an older one) is
    /// not read, so that nothing is trusted unchecked.
    public var files: [String: FileRecord]

    public init(shared: String, archive: String?, sessions: [String: SessionKeys], pages: [String: String],
                files: [String: FileRecord] = [:]) {
        self.shared = shared
        self.archive = archive
        self.sessions = sessions
        self.pages = pages
        self.files = files
    }

    public static func read(outputPath: String) -> BuildManifest? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: "\(outputPath)/\(fileName)")) else { return nil }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The previous output as this manifest recorded it, to check before trusting any of it.
    public func output(at outputPath: String) -> PreviousOutput {
        PreviousOutput(outputPath: outputPath, records: files)
    }
}
