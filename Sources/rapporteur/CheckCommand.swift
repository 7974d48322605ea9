import ArgumentParser
import DiagnosticFormats
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

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The theme folder.")
    var theme = "Themes/default"

    @Option(help: """
        Output format: text (path:line:column: severity: message), json, github (workflow commands that \
        annotate a pull request), sarif (a SARIF 2.1.0 log) or gitlab (a Code Quality report).
        """)
    var format: DiagnosticFormat = .text

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
        print(format.render(log), terminator: "")
        if log.hasErrors || (strict && log.warningCount > 0) {
            throw ExitCode(ExitStatus.contentErrors)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
