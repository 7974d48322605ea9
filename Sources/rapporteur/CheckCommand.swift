import ArgumentParser
import Diagnostics
import Foundation
import Model
import Pipeline

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every validation of the build without writing anything.",
        discussion: "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage or I/O failure."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The theme folder.")
    var theme = "Themes/default"

    @Option(help: "Output format: text (path:line:column: severity: message) or json.")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("akn-schema"), help: "Also validate each session's Akoma Ntoso file against this schema (akomantoso30.xsd).")
    var aknSchema: String?

    func run() throws {
        try InputFolders.require(content: content, theme: theme)
        let options = BuildOptions(contentPath: content, themePath: theme, outputPath: "", strict: strict)
        let log: DiagnosticLog
        do {
            log = AKNCheck.log(of: try SiteBuilder(options: options).renderSite(), schema: aknSchema)
        } catch {
            log = error.log
        }
        switch format {
        case .text:
            let lines = log.sorted.map(\.description)
            print((lines + ["\(log.errorCount) error(s), \(log.warningCount) warning(s)"]).joined(separator: "\n"))
        case .json:
            print(DiagnosticJSON.encode(log))
        }
        if log.hasErrors || (strict && log.warningCount > 0) {
            throw ExitCode(ExitStatus.contentErrors)
        }
    }
}

/// Diagnostics as JSON for tools: `{"diagnostics": [{path, line, column, severity, message}], "errors", "warnings"}`.
enum DiagnosticJSON {
    struct Entry: Encodable {
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
    }

    struct Document: Encodable {
        let diagnostics: [Entry]
        let errors: Int
        let warnings: Int
    }

    static func encode(_ log: DiagnosticLog) -> String {
        let document = Document(
            diagnostics: log.sorted.map {
                Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column,
                      severity: $0.severity.rawValue, message: $0.message)
            },
            errors: log.errorCount, warnings: log.warningCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
