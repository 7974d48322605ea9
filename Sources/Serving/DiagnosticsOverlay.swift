import Diagnostics
import Rendering
import Templates

/// The panel that a served page shows while the last rebuild failed: the diagnostics, one a line in the
/// compiler format, over the last good build. Announced to screen readers (`role="alert"`); every
/// diagnostic is HTML-escaped. Added at serve time only.
enum DiagnosticsOverlay {
    static let id = "rapporteur-diagnostics"

    static func html(_ log: DiagnosticLog) -> String {
        let lines = log.sorted.map { HTMLEscaping.escape($0.description) }.joined(separator: "\n")
        let count = "\(log.errorCount) error(s), \(log.warningCount) warning(s)"
        return """
        <div id="\(id)" role="alert" lang="en" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;\
        max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff3f3;color:#5c0000;\
        border-top:4px solid #b00020;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left">
        <p style="margin:0 0 .5em;font-weight:bold">The last rebuild failed (\(count)); this is the last good build. \
        Fix the content and save: the page reloads.</p>
        <pre style="margin:0;white-space:pre-wrap;overflow-wrap:anywhere">\(lines)</pre>
        </div>

        """
    }
}
