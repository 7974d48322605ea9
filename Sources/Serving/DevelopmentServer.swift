import FlyingFox
import FlyingSocks
import Foundation
import Pipeline

/// `rapporteur serve`: builds the site, serves the output folder on 127.0.0.1 (never on another
/// address), and rebuilds it whenever the content or the theme changes. Open pages reload after each
/// rebuild; while a rebuild has failed, the last good build is served with its diagnostics over it.
public struct DevelopmentServer: Sendable {
    public static let host = "127.0.0.1"
    public static let defaultPort: UInt16 = 8000

    /// What the server tells the person who runs it.
    public enum Event: Sendable {
        /// A build succeeded: the first one, or a rebuild.
        case built(BuildResult)
        /// A rebuild failed; the last good build is still served.
        case rebuildFailed(BuildFailure)
        /// The site is served at this address.
        case listening(URL)
    }

    public enum Failure: Error, Sendable {
        /// The first build failed; nothing is served.
        case firstBuild(BuildFailure)
        /// The address could not be listened on (the port is in use, say).
        case cannotListen(String)
    }

    public let options: BuildOptions
    public let port: UInt16
    public let watchInterval: Duration
    /// How long a page's question about the next generation stays open before it is answered anyway.
    public let pollTimeout: Duration

    public init(options: BuildOptions, port: UInt16 = DevelopmentServer.defaultPort,
                watchInterval: Duration = .milliseconds(300), pollTimeout: Duration = .seconds(25)) {
        self.options = options
        self.port = port
        self.watchInterval = watchInterval
        self.pollTimeout = pollTimeout
    }

    /// Builds, serves and rebuilds on change until the task is cancelled; then stops serving and
    /// returns. Throws only when the first build fails or the address cannot be listened on.
    public func run(report: @escaping @Sendable (Event) -> Void) async throws(Failure) {
        let builder = SiteBuilder(options: options)
        let watcher = ContentWatcher(folders: [options.contentPath, options.themePath], interval: watchInterval)
        // Taken before the build, so that a change saved while it runs is built next.
        var snapshot = watcher.snapshot()
        switch await BackgroundBuild.run(builder) {
        case .success(let result): report(.built(result))
        case .failure(let failure): throw .firstBuild(failure)
        }
        guard !Task.isCancelled else { return }

        let liveReload = LiveReload()
        let server = try await listen(liveReload: liveReload)
        if let address = await server.listeningAddress, case .ip4(let host, let port) = address,
           let url = URL(string: "http://\(host):\(port)/") {
            report(.listening(url))
        }

        while let next = try? await watcher.nextChange(after: snapshot) {
            snapshot = next
            switch await BackgroundBuild.run(builder) {
            case .success(let result):
                report(.built(result))
                await liveReload.publish(failure: nil)
            case .failure(let failure):
                report(.rebuildFailed(failure))
                await liveReload.publish(failure: failure.log)
            }
        }
        await liveReload.close()
        await server.stop(timeout: 1)
    }

    /// Starts the HTTP server and waits until it listens, or fails to.
    private func listen(liveReload: LiveReload) async throws(Failure) -> HTTPServer {
        let address: sockaddr_in
        do {
            address = try .inet(ip4: Self.host, port: port)
        } catch {
            throw .cannotListen("\(Self.host):\(port): \(error.localizedDescription)")
        }
        let server = HTTPServer(config: HTTPServer.Configuration(address: address, timeout: 60, logger: .disabled))
        let endpoint = ReloadEndpoint(liveReload: liveReload, pollTimeout: pollTimeout)
        await server.appendRoute(HTTPRoute(method: .GET, path: LiveReloadScript.path), to: endpoint)
        await server.appendRoute(HTTPRoute(method: .GET, path: LiveReloadScript.reloadPath), to: endpoint)
        await server.appendRoute("*", to: StaticFileResponder(resolver: RequestPathResolver(siteFolder: options.outputPath),
                                                             liveReload: liveReload))

        let (outcomes, outcome) = AsyncStream.makeStream(of: String?.self)
        Task {
            do {
                try await server.run()
                outcome.yield("the server stopped")
            } catch {
                outcome.yield(Self.describe(error))
            }
        }
        let listening = Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                outcome.yield(nil)
            } catch {
                outcome.yield("the server did not start listening")
            }
        }
        var problem: String? = "the server did not start"
        for await first in outcomes {
            problem = first
            break
        }
        listening.cancel()
        if let problem {
            await server.stop()
            throw .cannotListen("\(Self.host):\(port): \(problem)")
        }
        return server
    }

    private static func describe(_ error: any Error) -> String {
        if case SocketError.failed(_, let number, let message) = error {
            return number == EADDRINUSE ? "the port is in use (\(message)); choose another with --port" : message
        }
        return error.localizedDescription
    }
}
