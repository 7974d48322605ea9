import Diagnostics
import Foundation
import Testing
@testable import Serving

@Suite("Serve: what is added to pages as they are served")
struct ServeTimeInjectionTests {
    func inject(_ snippet: String, into page: String) -> String {
        String(decoding: ServeTimeInjection.inject(snippet, into: Data(page.utf8)), as: UTF8.self)
    }

    @Test func beforeTheClosingBodyTag() {
        #expect(inject("<s/>", into: "<html><body><p>正文</p></body></html>\n") == "<html><body><p>正文</p><s/></body></html>\n")
        #expect(inject("<s/>", into: "<HTML><BODY>x</BODY></HTML>") == "<HTML><BODY>x<s/></BODY></HTML>")
        #expect(inject("<s/>", into: "<body><pre>&lt;/body&gt;</body></body>") == "<body><pre>&lt;/body&gt;</body><s/></body>",
                "the last closing tag")
        #expect(inject("<s/>", into: "<p>a fragment") == "<p>a fragment<s/>", "at the end when there is no </body>")
        #expect(inject("<s/>", into: "") == "<s/>")
    }

    @Test func theScriptNamesTheGenerationAndNoNetworkResource() {
        let snippet = ServeTimeInjection.snippet(for: LiveReload.State(generation: 7, failure: nil))
        #expect(snippet == "<script src=\"/__rapporteur/live-reload.js\" data-generation=\"7\"></script>\n")
        #expect(!LiveReloadScript.source.contains("http"), "no CDN, no other host")
        #expect(LiveReloadScript.source.contains("/__rapporteur/reload?since="))
    }

    @Test func theOverlayIsAnAlertWithEscapedDiagnostics() {
        let location = SourceLocation(path: "Content/sessions/<x>/report.md", line: 105, column: 1)
        let log = DiagnosticLog([.error("paragraph 30 is numbered twice; <script>alert(\"x\")</script> & 'so on'", at: location, rule: .paragraphNumbering)])
        let snippet = ServeTimeInjection.snippet(for: LiveReload.State(generation: 3, failure: log))
        #expect(snippet.contains("role=\"alert\""))
        #expect(snippet.contains("Content/sessions/&lt;x&gt;/report.md:105:1: error: paragraph 30 is numbered twice; "
                                 + "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;so on&#39;"))
        #expect(!snippet.contains("<script>alert"))
        #expect(snippet.hasSuffix("<script src=\"/__rapporteur/live-reload.js\" data-generation=\"3\"></script>\n"))
    }
}
