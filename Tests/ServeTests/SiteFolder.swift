import Foundation

/// A small site in a temporary folder for the tests, beside a folder that must never be served; removed
/// by `remove()`.
struct SiteFolder {
    let parent: URL
    var root: URL { parent.appendingPathComponent("Public") }
    var outside: URL { parent.appendingPathComponent("Public-private") }

    init(files: [String: String]) throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("rapporteur-serve-tests-\(UUID().uuidString)")
        for (path, text) in files {
            try write(text, to: root.appendingPathComponent(path))
        }
        try write("secret\n", to: outside.appendingPathComponent("secret.html"))
    }

    func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
    }

    func remove() {
        try? FileManager.default.removeItem(at: parent)
    }

    /// The repository the tests run in, found from this file's location.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
