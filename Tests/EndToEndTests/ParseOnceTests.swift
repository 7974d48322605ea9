import Foundation
import Loading
import Pipeline
import Synchronization
import Testing

/// Each session is read and parsed once per build, whatever the number of interface versions: rendering
/// reads the parsed text and never changes it, so one parse serves every page in every language.
@Suite("End to end: one read and one parse per session")
struct ParseOnceTests {
    /// The disk, counting how often each file is read.
    final class CountingDisk: Sendable {
        private let counts = Mutex<[String: Int]>([:])

        var fileSystem: FileSystem {
            var disk = FileSystem.disk
            disk.readFile = { [self] path in
                counts.withLock { $0[path, default: 0] += 1 }
                return try FileSystem.disk.readFile(path)
            }
            return disk
        }

        func reads(under folder: String) -> [String: Int] {
            counts.withLock { $0.filter { $0.key.hasPrefix(folder) } }
        }
    }

    /// The real record and the second session, in two interface languages.
    private func content() throws -> URL {
        let content = try IncrementalBuildTests.content()
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + "also_ui_languages: [en]\n").write(to: site, atomically: true, encoding: .utf8)
        return content
    }

    @Test(arguments: [false, true])
    func eachSessionFileIsReadOnceAndParsedOnce(withCache: Bool) throws {
        let content = try content()
        let scratch = try Repository.temporaryFolder("parse-once-\(withCache)")
        let disk = CountingDisk()
        var options = BuildOptions(contentPath: content.path, themePath: Repository.theme,
                                   outputPath: scratch.appendingPathComponent("out").path)
        if withCache { options.cachePath = scratch.appendingPathComponent("cache").path }
        let result = try SiteBuilder(options: options, fileSystem: disk.fileSystem).build()
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("out/en/sessions/\(IncrementalBuildTests.real)/chapter-5.html").path))

        let reads = disk.reads(under: content.appendingPathComponent("sessions").path)
        let sessionFiles = ["\(IncrementalBuildTests.real)/report.md", "\(IncrementalBuildTests.real)/work-plan.md",
                            "\(IncrementalBuildTests.real)/source.txt", "\(IncrementalBuildTests.second)/report.md"]
        #expect(Set(reads.keys) == Set(sessionFiles.map { content.appendingPathComponent("sessions/\($0)").path }))
        #expect(reads.values.allSatisfy { $0 == 1 }, "\(reads)")
        // Two reports and one work plan, parsed once each although every page is made in two languages.
        #expect(result.documentsParsed == 3)
        #expect(result.sessionsRendered == 2)

        guard withCache else { return }
        // Taken from the cache, a session is neither read for parsing nor parsed; its files are read once
        // each, to see that they have not changed.
        let again = CountingDisk()
        try IncrementalBuildTests.edit(content, IncrementalBuildTests.second) { $0.replacingOccurrences(of: "测试用第二届", with: "测试用的第二届") }
        let rebuilt = try SiteBuilder(options: options, fileSystem: again.fileSystem).build()
        #expect(rebuilt.documentsParsed == 1)
        #expect(again.reads(under: content.appendingPathComponent("sessions").path).values.allSatisfy { $0 == 1 })
    }
}
