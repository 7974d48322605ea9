import ArgumentParser
import Pipeline

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder into the output folder."
    )

    @OptionGroup var build: BuildArguments

    func run() throws {
        do {
            let result = try SiteBuilder(options: try build.options()).build()
            BuildReport.succeeded(result, output: build.output, quiet: build.quiet)
        } catch let failure as BuildFailure {
            throw BuildReport.failed(failure, consequence: "nothing was written")
        }
    }
}
