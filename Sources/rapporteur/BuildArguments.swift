import ArgumentParser
import Foundation
import Model
import Pipeline

/// The options of a build, shared by `build` and `serve`.
struct BuildArguments: ParsableArguments {
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

    @Flag(help: "Print nothing but diagnostics (and, for serve, the address it serves on).")
    var quiet = false

    /// The build's options; a missing content or theme folder is a misuse (exit 2).
    func options() throws -> BuildOptions {
        try InputFolders.require(content: content, theme: theme)
        return BuildOptions(contentPath: content, themePath: theme, outputPath: output,
                            uiLanguage: uiLanguage, strict: strict,
                            buildDate: BuildOptions.sourceDateEpoch(ProcessInfo.processInfo.environment))
    }
}

extension UILanguage: ExpressibleByArgument {}
