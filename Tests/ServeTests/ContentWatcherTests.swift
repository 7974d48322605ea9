import Foundation
import Testing
@testable import Serving

@Suite("Serve: noticing changes in the content and theme folders")
struct ContentWatcherTests {
    @Test func aSnapshotChangesWithEveryEditAdditionAndRemoval() throws {
        let site = try SiteFolder(files: ["sessions/s/report.md": "1. 甲。\n", "site.yml": "title: x\n"])
        defer { site.remove() }
        let watcher = ContentWatcher(folders: [site.root.path])
        let before = watcher.snapshot()
        #expect(watcher.snapshot() == before, "nothing changed")
        try site.write("1. 乙。\n", to: site.root.appendingPathComponent("sessions/s/report.md"))
        let edited = watcher.snapshot()
        #expect(edited != before)
        try site.write("1. 丙。\n", to: site.root.appendingPathComponent("sessions/t/report.md"))
        let added = watcher.snapshot()
        #expect(added != edited)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("sessions/t"))
        #expect(watcher.snapshot() != added)
    }

    @Test func aLinkLoopIsListedOnce() throws {
        let site = try SiteFolder(files: ["sessions/s/report.md": "1. 甲。\n"])
        defer { site.remove() }
        try site.link("sessions/s/loop", to: "..")
        let snapshot = ContentWatcher(folders: [site.root.path]).snapshot()
        #expect(snapshot.entries.count < 10)
    }

    @Test func aChangeIsReportedOnceTheFoldersAreQuiet() async throws {
        let site = try SiteFolder(files: ["report.md": "1. 甲。\n"])
        defer { site.remove() }
        let watcher = ContentWatcher(folders: [site.root.path], interval: .milliseconds(50))
        let before = watcher.snapshot()
        async let change = watcher.nextChange(after: before)
        try await Task.sleep(for: .milliseconds(120))
        try site.write("1. 乙。\n", to: site.root.appendingPathComponent("report.md"))
        let after = try await change
        #expect(after != before)
        #expect(after == watcher.snapshot(), "what the folders hold once quiet")
    }
}
