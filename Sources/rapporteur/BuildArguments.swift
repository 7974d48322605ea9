import ArgumentParser
import Diagnostics
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

    @Option(name: .customLong("base-url"),
            help: "Where the site is published (https://…); overrides base_url in site.yml. Adds canonical links, sitemap.xml, robots.txt and feed.xml.")
    var baseURL: String?

    @Option(help: "Also write the whole site as one ZIP file. Inside the output folder (Public/site.zip), the home page offers it for download.")
    var archive: String?

    @Option(help: "The build cache's folder: sessions whose files are unchanged are not read or rendered again.")
    var cache = ".rapporteur-cache"

    @Flag(name: .customLong("no-cache"), help: "Build every session from its files, without reading or writing the cache.")
    var noCache = false

    @Flag(name: .customLong("trace-times"), help: "Print how long each step took, on standard error.")
    var traceTimes = false

    func validate() throws {
        if let baseURL, !BaseURL.isValid(baseURL) {
            throw ValidationError("--base-url must be \(BaseURL.rule)")
        }
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], BuildOptions.sourceDateEpoch(["SOURCE_DATE_EPOCH": text]) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (as reproducible builds set it), not '\(DiagnosticText.visible(text))'")
        }
        if let archive, !archive.lowercased().hasSuffix(".zip") {
            throw ValidationError("--archive must name a .zip file")
        }
    }

    /// The build's options; a missing content or theme folder is a misuse (exit 2).
    func options() throws -> BuildOptions {
        try InputFolders.require(content: content, theme: theme)
        var options = BuildOptions(contentPath: content, themePath: theme, outputPath: output,
                                   uiLanguage: uiLanguage, strict: strict,
                                   buildDate: BuildOptions.sourceDateEpoch(ProcessInfo.processInfo.environment),
                                   baseURL: baseURL, archivePath: archive, cachePath: noCache ? nil : cache)
        options.traceTimes = traceTimes
        return options
    }
}

extension UILanguage: ExpressibleByArgument {}
