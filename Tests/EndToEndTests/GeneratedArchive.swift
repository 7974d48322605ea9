import Foundation
import Testing

/// An archive of `sessions` sessions made by the benchmark's generator (`Benchmarks/generate.py`) from the
/// real record, in a new temporary folder: its `content/` folder.
enum GeneratedArchive {
    static func make(sessions: Int) throws -> URL {
        let folder = try Repository.temporaryFolder()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Repository.root.appendingPathComponent("Benchmarks/generate.py").path,
                               "archive", "--sessions", String(sessions), "--out", folder.path]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)
        return folder.appendingPathComponent("content")
    }
}
