import ArgumentParser
import Diagnostics
import Foundation
import Model
import Pipeline

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder into the output folder."
    )

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The theme folder.")
    var theme = "Themes/default"

    @Option(help: "The output folder; replaced as a whole when the build succeeds.")
    var output = "Public"

    @Option(name: .customLong("ui-language"), help: "The interface language: zh or en (default: the site's).")
    var uiLanguage: UILanguage?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but diagnostics.")
    var quiet = false

    func run() throws {
        try InputFolders.require(content: content, theme: theme)
        let options = BuildOptions(contentPath: content, themePath: theme, outputPath: output,
                                   uiLanguage: uiLanguage, strict: strict,
                                   buildDate: BuildOptions.sourceDateEpoch(ProcessInfo.processInfo.environment))
        do {
            let result = try SiteBuilder(options: options).build()
            DiagnosticPrinter.print(result.log)
            if !quiet {
                let milliseconds = Int((result.seconds * 1000).rounded())
                print("Built \(result.sessions) session(s): \(result.pagesWritten) pages, \(result.filesWritten) files in \(output)/ in \(milliseconds) ms.")
            }
        } catch {
            DiagnosticPrinter.print(error.log)
            FileHandle.standardError.write(Data("error: the build stopped in the \(error.step.rawValue) step; nothing was written.\n".utf8))
            throw ExitCode(error.step == .write ? ExitStatus.usage : ExitStatus.contentErrors)
        }
    }
}

extension UILanguage: ExpressibleByArgument {}
