import Foundation
import Rendering
import Testing

/// `Themes/README.md` lists every template and the values its view gives it; the list is made from the
/// view types, so this test fails when a view changes and the document does not.
@Suite("Rendering: the theme contract document")
struct ThemeContractDocumentTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes/README.md")
    static let start = "<!-- theme contract: made from the view types; `UPDATE_THEME_CONTRACT=1 swift test --filter ThemeContractDocumentTests` rewrites it -->\n"
    static let end = "<!-- end of the theme contract -->\n"

    @Test func theReadmeListsEveryTemplateWithItsViewsValues() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let contract = try ThemeContract.markdown()
        guard let from = text.range(of: Self.start), let to = text.range(of: Self.end, range: from.upperBound..<text.endIndex) else {
            Issue.record("Themes/README.md has no theme contract section")
            return
        }
        let current = String(text[from.upperBound..<to.lowerBound])
        if current != contract, ProcessInfo.processInfo.environment["UPDATE_THEME_CONTRACT"] == "1" {
            try (String(text[..<from.upperBound]) + contract + String(text[to.lowerBound...])).write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == contract, "Themes/README.md is out of date: run UPDATE_THEME_CONTRACT=1 swift test --filter ThemeContractDocumentTests")
        for template in ["layout", "chapter", "article", "glossary", "participants"] {
            #expect(contract.contains("### `\(template).mustache`"))
        }
    }
}
