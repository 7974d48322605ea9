import DiagnosticFormats
import Diagnostics
import Foundation

/// Prints diagnostics to standard error, one `path:line:column: severity: message` a line, then a count.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        guard !log.diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(DiagnosticFormat.text.render(log).utf8))
    }
}
