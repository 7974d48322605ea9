import Diagnostics
import Foundation

/// Prints diagnostics to standard error, one `path:line:column: severity: message` a line, then a count.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        guard !log.diagnostics.isEmpty else { return }
        var text = log.sorted.map(\.description).joined(separator: "\n") + "\n"
        text += "\(log.errorCount) error(s), \(log.warningCount) warning(s)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
