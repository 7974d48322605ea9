import Foundation
import Testing

/// The interface's colon is each language's own: a full-width colon (`：`) in Chinese, which takes no space
/// after it, and `: ` in English. Templates write `{{s.colon}}` with no space of their own.
@Suite("End to end: the interface's colon in each language")
struct InterfacePunctuationTests {
    static let fullWidthColonAndSpace = "： "

    @Test func noChinesePageHasASpaceAfterAFullWidthColon() throws {
        // The record's own text (the Markdown the pages show; `source.txt`, the PDF's lines with their
        // trailing spaces, is not a page) has none, so any on a page is the interface's.
        let sessions = Repository.root.appendingPathComponent("Content/sessions")
        for case let relative as String in FileManager.default.enumerator(atPath: sessions.path) ?? .init()
        where relative.hasSuffix(".md") {
            let text = try String(contentsOf: sessions.appendingPathComponent(relative), encoding: .utf8)
            #expect(!text.contains(Self.fullWidthColonAndSpace), "the record itself: \(relative)")
        }
        let site = try BuiltSite.build()
        #expect(site.pages.count > 100)
        for (path, html) in site.pages.sorted(by: { $0.key < $1.key }) {
            #expect(!html.contains(Self.fullWidthColonAndSpace), "\(path)")
            #expect(!html.contains("：&nbsp;") && !html.contains("：\u{00A0}"), "\(path)")
        }
        // The places that had one: the data links, the provenance line, a participant's sessions.
        let participants = try #require(site.pages["participants/index.html"])
        #expect(participants.contains("<p class=\"data-links\">下载数据：<a href=\"../data/attendance.csv\""))
        let cover = try #require(site.pages["sessions/\(EnglishReaderTests.slug)/index.html"])
        #expect(cover.contains("来源文本：<a href=\"source.txt\""))
        let france = try #require(site.pages["participants/fra.html"])
        #expect(france.contains("</a>：<span lang=\"zh-Hans\">《公约》缔约国</span>"))
    }

    @Test func theEnglishColonKeepsItsSpace() throws {
        let site = try BuiltSite.build { $0.uiLanguage = .en }
        let participants = try #require(site.pages["participants/index.html"])
        #expect(participants.contains("<p class=\"data-links\">Download the data: <a href=\"../data/attendance.csv\""))
        let france = try #require(site.pages["participants/fra.html"])
        #expect(france.contains("</a>: <span lang=\"zh-Hans\">《公约》缔约国</span> / <span lang=\"en\">States parties to the Convention</span>"))
    }
}
