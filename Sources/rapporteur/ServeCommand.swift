import ArgumentParser
import Dispatch
import Foundation
import Pipeline
import Serving

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild it whenever the content or the theme changes.",
        discussion: """
        Prints 'Serving http://127.0.0.1:PORT/' once the site is served. Open pages reload after each \
        rebuild. A rebuild that fails prints its diagnostics, keeps serving the last good build and shows \
        the diagnostics on the pages until a rebuild succeeds. Ctrl-C stops. Exit status: 0 stopped, \
        1 the first build found errors, 2 usage (a missing folder, a bad port, a port in use).
        """
    )

    @OptionGroup var build: BuildArguments

    @Option(help: "The port to listen on, on 127.0.0.1 only; 0 picks a free one.")
    var port = Int(DevelopmentServer.defaultPort)

    func validate() throws {
        guard (0...Int(UInt16.max)).contains(port) else {
            throw ValidationError("--port must be a number from 0 to \(UInt16.max), not \(port)")
        }
    }

    func run() async throws {
        let options = try build.options()
        let server = DevelopmentServer(options: options, port: UInt16(port))
        let serving = Task { [build] in
            try await server.run { event in Self.show(event, build: build) }
        }
        let stopSignals = StopSignals { serving.cancel() }
        defer { stopSignals.release() }
        do {
            try await serving.value
            if !build.quiet { Console.line("Stopped.") }
        } catch DevelopmentServer.Failure.firstBuild(let failure) {
            throw BuildReport.failed(failure, consequence: "nothing is served")
        } catch DevelopmentServer.Failure.cannotListen(let problem) {
            FileHandle.standardError.write(Data("error: cannot serve on \(problem)\n".utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Prints what the server tells: a build's summary or its diagnostics, and the address it serves.
    private static func show(_ event: DevelopmentServer.Event, build: BuildArguments) {
        switch event {
        case .built(let result):
            BuildReport.succeeded(result, output: build.output, quiet: build.quiet)
        case .rebuildFailed(let failure):
            BuildReport.failed(failure, consequence: "still serving the last good build")
        case .listening(let url):
            Console.line("Serving \(url.absoluteString)")
            if !build.quiet {
                Console.line("Watching \(build.content)/ and \(build.theme)/ for changes; press Ctrl-C to stop.")
            }
        }
    }
}

/// Ctrl-C (SIGINT) and SIGTERM run `stop` instead of ending the process at once, for as long as the
/// value is kept.
struct StopSignals {
    private let sources: [any DispatchSourceSignal]

    init(stop: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
    }

    func release() {
        for source in sources { source.cancel() }
    }
}
