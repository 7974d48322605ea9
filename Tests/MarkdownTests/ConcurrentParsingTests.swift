import Dispatch
import Markdown
import Synchronization
import Testing

/// Builds parse on all cores. libcmark-gfm keeps the extensions' special characters in one table for the
/// whole process and switches them around every parse, so parses must take turns: with them racing, a
/// document could lose its strikethrough or autolinks now and then.
@Suite("Markdown: parsing on several threads")
struct ConcurrentParsingTests {
    @Test("10,000 documents parsed on all cores all keep their strikethrough, autolinks and tables")
    func parsesAgreeAcrossThreads() {
        let text = "~~删除~~ 见 https://undocs.org/CAC/COSP/2009/7 和 www.unodc.org。\n\n| a | b |\n| - | - |\n| 1 | 2 |\n"
        let reference = MarkdownDocument(parsing: text)
        let expected = reference.renderHTML(reference.root)
        #expect(expected.contains("<del>删除</del>"))
        #expect(expected.contains("<a href=\"https://undocs.org/CAC/COSP/2009/7\">"))
        #expect(expected.contains("<table>"))
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in
            let document = MarkdownDocument(parsing: text)
            if document.renderHTML(document.root) != expected { mismatches.withLock { $0 += 1 } }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
