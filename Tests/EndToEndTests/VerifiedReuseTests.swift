import ContentHashing
import Foundation
import Incremental
import Pipeline
import Testing
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

/// An incremental build verifies what it takes from earlier builds: a cache entry whose bytes are not
/// those it recorded is rebuilt, and a file of the previous output that is not the one the manifest
/// recorded is made again, never reused nor taken as up to date.
@Suite("End to end: incremental builds verify the cache and the previous output")
struct VerifiedReuseTests {
    typealias Builds = IncrementalBuildTests

    /// A content folder (the real session and the second one), built once into a fresh output and cache.
    struct Built {
        let content: URL
        let output: URL
        let cache: URL

        init() throws {
            content = try Builds.content()
            let scratch = try Repository.temporaryFolder()
            output = scratch.appendingPathComponent("Public")
            cache = scratch.appendingPathComponent("cache")
            let cold = try build()
            #expect(cold.sessionsRendered == 2)
        }

        func build() throws -> BuildResult {
            try Builds.build(content, into: output, cache: cache).result
        }

        /// The real session's cache entry.
        var entry: URL {
            get throws {
                let version = cache.appendingPathComponent(CacheEntry.formatVersion)
                let shared = try #require(try FileManager.default.contentsOfDirectory(atPath: version.path).first)
                return version.appendingPathComponent("\(shared)/\(Builds.real).entry")
            }
        }

        func file(_ path: String) -> URL { output.appendingPathComponent(path) }

        /// Edits the second session, so that the next build is not up to date and takes the real session
        /// from the cache.
        func editSecondSession() throws {
            try Builds.edit(content, Builds.second) { $0.replacingOccurrences(of: "工作组还讨论了", with: "工作组还详细讨论了") }
        }
    }

    static let marker = "篡改痕迹"

    /// Rewrites a cache entry's outcome as another valid JSON text, where the real session's name (in its
    /// title, its paragraphs and what search finds) reads `marker`, and leaves its header as it was.
    static func tamper(_ entry: URL) throws {
        let bytes = try Data(contentsOf: entry)
        let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        let outcome = String(decoding: bytes[bytes.index(after: newline)...], as: UTF8.self)
        let tampered = outcome.replacingOccurrences(of: "资产追回", with: marker)
        #expect(tampered != outcome)
        #expect((try? JSONSerialization.jsonObject(with: Data(tampered.utf8))) != nil, "still valid JSON")
        try (bytes[...newline] + Data(tampered.utf8)).write(to: entry)
    }

    /// Whether the entry on disk is whole: its header's hash is that of the bytes after it, which decode.
    static func expectIntact(_ entry: URL) throws {
        let bytes = try Data(contentsOf: entry)
        let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        let outcome = Data(bytes[bytes.index(after: newline)...])
        #expect(header.count == 3 && header[0] == CacheEntry.formatVersion)
        #expect(header.last.map(String.init) == SHA256.hex(of: outcome), "the entry was written again")
        let tainted = String(decoding: outcome, as: UTF8.self).contains(marker)
        #expect(!tainted, "the tampered outcome is gone")
    }

    /// No file of the output holds `marker`.
    static func expectNoMarker(in output: URL) throws {
        let tainted = try Builds.files(output).filter { String(decoding: $0.value, as: UTF8.self).contains(marker) }.keys
        #expect(tainted.isEmpty, "published from the tampered entry: \(tainted.sorted().prefix(5))")
    }

    @Test("a cache entry edited to other valid JSON is rebuilt, and the site shows the real text")
    func editedEntryKeptOutput() throws {
        let site = try Built()
        try Self.tamper(site.entry)
        try site.editSecondSession()
        let rebuilt = try site.build()
        #expect(rebuilt.sessionsRendered == 2, "the edited session, and the real one whose entry does not verify")
        try Self.expectNoMarker(in: site.output)
        let home = try String(contentsOf: site.file("index.html"), encoding: .utf8)
        #expect(home.contains("资产追回"))
        try Self.expectIntact(site.entry)
        try Builds.expectSameAsFullBuild(site.output, content: site.content)
    }

    @Test("a cache entry edited to other valid JSON is rebuilt when the output was removed")
    func editedEntryRemovedOutput() throws {
        let site = try Built()
        try Self.tamper(site.entry)
        try FileManager.default.removeItem(at: site.output)
        let rebuilt = try site.build()
        #expect(!rebuilt.upToDate)
        try Self.expectNoMarker(in: site.output)
        try Self.expectIntact(site.entry)
        #expect(try site.build().upToDate)
    }

    @Test("a truncated or garbage cache entry is rebuilt and written again", arguments: ["truncated", "garbage", "empty", "other key"])
    func brokenEntry(damage: String) throws {
        let site = try Built()
        let entry = try site.entry
        let bytes = try Data(contentsOf: entry)
        switch damage {
        case "truncated": try bytes.prefix(bytes.count / 2).write(to: entry)
        case "garbage": try Data("\u{0}\u{1}not an entry\n{\"pages\": [}".utf8).write(to: entry)
        case "empty": try Data().write(to: entry)
        default:
            // A whole entry, but made from other inputs.
            let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
            try CacheEntry.encode(Data(bytes[bytes.index(after: newline)...]), key: "0123456789abcdef").write(to: entry)
        }
        try site.editSecondSession()
        let rebuilt = try site.build()
        #expect(rebuilt.sessionsRendered == 2, "the edited session, and the real one whose entry is broken")
        try Self.expectIntact(entry)
        #expect(try site.build().upToDate)
    }

    @Test("a file emptied in the output is written again; the build is not up to date", arguments: [
        "sessions/\(IncrementalBuildTests.real)/chapter-5.html", "sessions/\(IncrementalBuildTests.real)/report.akn.xml",
        "glossary/index.html", "index.html", "assets/style.css",
    ])
    func emptiedFile(path: String) throws {
        let site = try Built()
        let original = try Data(contentsOf: site.file(path))
        // Emptied in place (`: > file`): the same inode.
        let handle = try FileHandle(forWritingTo: site.file(path))
        try handle.truncate(atOffset: 0)
        try handle.close()
        let rebuilt = try site.build()
        #expect(!rebuilt.upToDate)
        #expect(try Data(contentsOf: site.file(path)) == original)
        #expect(try site.build().upToDate)
    }

    @Test("a page emptied after it was hard-linked into a later output is written again")
    func emptiedReusedPage() throws {
        let site = try Built()
        let path = "sessions/\(Builds.real)/chapter-5.html"
        let original = try Data(contentsOf: site.file(path))
        try site.editSecondSession()
        #expect(try site.build().sessionsRendered == 1, "the real session's pages are taken from the previous output")
        try Data().write(to: site.file(path))
        let rebuilt = try site.build()
        #expect(!rebuilt.upToDate)
        #expect(rebuilt.sessionsRendered == 1, "the real session, whose page is not intact")
        #expect(try Data(contentsOf: site.file(path)) == original)
        try Builds.expectSameAsFullBuild(site.output, content: site.content)
    }

    /// Overwrites one byte of a file in place (same inode, same size), then sets its modification time to
    /// the one it had, to the nanosecond, or to five seconds later.
    static func editInPlace(_ file: URL, keepingModificationTime: Bool) throws {
        let before = try #require(FileStat.of(file.path))
        var bytes = try Data(contentsOf: file)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "<")))
        bytes[index + 1] = bytes[index + 1] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: bytes)
        try handle.close()
        let time = before.modified + (keepingModificationTime ? 0 : 5_000_000_000)
        let spec = timespec(tv_sec: Int(time / 1_000_000_000), tv_nsec: Int(time % 1_000_000_000))
        #expect(utimensat(AT_FDCWD, file.path, [spec, spec], 0) == 0)
    }

    @Test("a page edited by hand to the same size is written again (its modification time changed)")
    func sameSizeEdit() throws {
        let site = try Built()
        let page = site.file("sessions/\(Builds.real)/chapter-5.html")
        let original = try Data(contentsOf: page)
        try Self.editInPlace(page, keepingModificationTime: false)
        #expect(try Data(contentsOf: page).count == original.count)
        #expect(try Data(contentsOf: page) != original)
        let rebuilt = try site.build()
        #expect(!rebuilt.upToDate)
        #expect(rebuilt.outputFilesHashed >= 1, "its stat differs: it was hashed")
        #expect(try Data(contentsOf: page) == original)
    }

    /// The documented limit of the cheap check: a file whose size, modification time (to the nanosecond)
    /// and inode are all as recorded is trusted without being read.
    @Test("a same-size edit whose modification time is put back is trusted: the stat agrees (documented limit)")
    func sameStatIsTrusted() throws {
        let site = try Built()
        let page = site.file("sessions/\(Builds.real)/chapter-5.html")
        let before = try #require(FileStat.of(page.path))
        try Self.editInPlace(page, keepingModificationTime: true)
        #expect(FileStat.of(page.path) == before)
        let noOp = try site.build()
        #expect(noOp.upToDate)
        #expect(noOp.outputFilesHashed == 0)
    }

    @Test("a file touched but not changed is hashed, found intact, and the output is still up to date")
    func touchedFile() throws {
        let site = try Built()
        let page = site.file("sessions/\(Builds.real)/chapter-5.html")
        let original = try Data(contentsOf: page)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: page.path)
        let noOp = try site.build()
        #expect(noOp.upToDate)
        #expect(noOp.outputFilesHashed == 1, "only the touched file was read")
        #expect(try Data(contentsOf: page) == original)
    }

    @Test("a touched page taken into a rebuild is recorded with its new stat: the next build reads nothing")
    func touchedPageReused() throws {
        let site = try Built()
        let page = site.file("sessions/\(Builds.real)/chapter-5.html")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: page.path)
        try site.editSecondSession()
        let rebuilt = try site.build()
        #expect(rebuilt.sessionsRendered == 1, "the real session's pages, intact, are taken from the previous output")
        #expect(rebuilt.outputFilesHashed == 1)
        let manifest = try #require(BuildManifest.read(outputPath: site.output.path))
        #expect(manifest.files["sessions/\(Builds.real)/chapter-5.html"]?.stat == FileStat.of(page.path))
        let noOp = try site.build()
        #expect(noOp.upToDate)
        #expect(noOp.outputFilesHashed == 0)
    }

    @Test("a no-op build after a clean one is up to date without reading any file of the output")
    func noOpBuildHashesNothing() throws {
        let site = try Built()
        let manifest = try #require(BuildManifest.read(outputPath: site.output.path))
        let written = Set(try Builds.files(site.output).keys)
            .subtracting([BuildManifest.fileName, ".rapporteur-output"])
        #expect(Set(manifest.files.keys) == written, "every file the build wrote is recorded")
        for (path, record) in manifest.files {
            #expect(record.sha256 == SHA256.hex(of: try Data(contentsOf: site.file(path))), "\(path)")
        }
        let noOp = try site.build()
        #expect(noOp.upToDate)
        #expect(noOp.outputFilesHashed == 0)
    }
}
