import DiagnosticFormats
import Diagnostics
import Testing

/// GitHub's workflow commands end a property at `,` and the properties at `::`, and a command at a line
/// break: what the toolkit escapes, we escape the same way.
@Suite("Diagnostic formats: GitHub escaping")
struct GitHubEscapingTests {
    @Test(arguments: [
        ("100%", "100%25"),
        ("a\r\nb", "a%0D%0Ab"),
        ("key: a, b", "key: a, b"),
        ("%0A", "%250A"),
        ("第 25 段", "第 25 段"),
    ])
    func messages(_ text: String, _ escaped: String) {
        #expect(GitHubWorkflowCommands.escapeData(text) == escaped)
    }

    @Test(arguments: [
        ("Content/a,b:c%d/report.md", "Content/a%2Cb%3Ac%25d/report.md"),
        ("line\nbreak\r", "line%0Abreak%0D"),
        ("会议/报告.md", "会议/报告.md"),
    ])
    func properties(_ text: String, _ escaped: String) {
        #expect(GitHubWorkflowCommands.escapeProperty(text) == escaped)
    }

    @Test func aCommandPerDiagnosticThenTheCount() {
        let log = DiagnosticLog([
            .warning("note: 50%,\nnext", at: SourceLocation(path: "C:,/r.md", line: 3, column: 7), rule: .participantUnknown),
            .error("paragraph 2 is numbered twice", at: SourceLocation(path: "r.md", line: 9, column: 1), rule: .paragraphNumbering),
        ])
        #expect(DiagnosticFormat.github.render(log) == """
        ::warning file=C%3A%2C/r.md,line=3,col=7,title=participant-unknown::note: 50%25,%0Anext
        ::error file=r.md,line=9,col=1,title=paragraph-numbering::paragraph 2 is numbered twice
        1 error(s), 1 warning(s)

        """)
    }
}
