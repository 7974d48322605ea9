import Foundation

/// The file operations loading needs, as closures, so that tests can load from memory
/// and the real build from disk (after Saga's `FileIO`).
public struct FileSystem: Sendable {
    public var readFile: @Sendable (String) throws -> Data
    /// The names of the entries of a folder, unsorted.
    public var contentsOfDirectory: @Sendable (String) throws -> [String]
    public var isDirectory: @Sendable (String) -> Bool
    public var fileExists: @Sendable (String) -> Bool
    /// Whether the path itself is a symbolic link (which the build does not follow).
    public var isSymbolicLink: @Sendable (String) -> Bool

    public init(
        readFile: @escaping @Sendable (String) throws -> Data,
        contentsOfDirectory: @escaping @Sendable (String) throws -> [String],
        isDirectory: @escaping @Sendable (String) -> Bool,
        fileExists: @escaping @Sendable (String) -> Bool,
        isSymbolicLink: @escaping @Sendable (String) -> Bool = { _ in false }
    ) {
        self.readFile = readFile
        self.contentsOfDirectory = contentsOfDirectory
        self.isDirectory = isDirectory
        self.fileExists = fileExists
        self.isSymbolicLink = isSymbolicLink
    }

    /// The machine's disk.
    public static let disk = FileSystem(
        readFile: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        contentsOfDirectory: { path in try FileManager.default.contentsOfDirectory(atPath: path) },
        isDirectory: { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        },
        fileExists: { path in FileManager.default.fileExists(atPath: path) },
        isSymbolicLink: { path in
            let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            return type == .typeSymbolicLink
        }
    )

    /// Files held in memory, keyed by path; folders are implied by the paths.
    public static func memory(_ files: [String: String]) -> FileSystem {
        let contents = files.mapValues { Data($0.utf8) }
        return FileSystem(
            readFile: { path in
                guard let data = contents[path] else {
                    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
                }
                return data
            },
            contentsOfDirectory: { path in
                let prefix = path.hasSuffix("/") ? path : path + "/"
                let names = contents.keys.compactMap { key -> String? in
                    guard key.hasPrefix(prefix) else { return nil }
                    return key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
                }
                return Array(Set(names))
            },
            isDirectory: { path in
                let prefix = path.hasSuffix("/") ? path : path + "/"
                return contents.keys.contains { $0.hasPrefix(prefix) }
            },
            fileExists: { path in
                let prefix = path.hasSuffix("/") ? path : path + "/"
                return contents[path] != nil || contents.keys.contains { $0.hasPrefix(prefix) }
            }
        )
    }
}
