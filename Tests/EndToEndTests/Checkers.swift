import Foundation
import Testing

/// The checkers `Scripts/checkers/install` installs (Scripts/test runs it before `swift test`): pinned
/// jsonschema and actionlint in `.venv/checkers/`, Debian's shellcheck. A test that needs one fails,
/// saying so, when it is not installed.
enum Checkers {
    static var validateJSON: URL { Repository.root.appendingPathComponent("Scripts/checkers/validate-json") }
    static var actionlint: URL { Repository.root.appendingPathComponent(".venv/checkers/bin/actionlint") }
    static let shellcheck = URL(fileURLWithPath: "/usr/bin/shellcheck")
    static var sarifSchema: URL { Repository.root.appendingPathComponent("Tests/Fixtures/schemas/sarif/sarif-schema-2.1.0.json") }

    static func requireInstalled() throws {
        let python = Repository.root.appendingPathComponent(".venv/checkers/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path)
                     && FileManager.default.isExecutableFile(atPath: actionlint.path)
                     && FileManager.default.isExecutableFile(atPath: shellcheck.path),
                     "the checkers are not installed: run Scripts/checkers/install")
    }

    /// Runs a program to its end; its status and what it printed on both streams.
    static func run(_ program: URL, _ arguments: [String], in directory: URL = Repository.root) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: file), as: UTF8.self))
    }
}
