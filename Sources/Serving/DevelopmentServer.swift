import FlyingFox
import FlyingSocks
import Foundation
import Pipeline

/// `rapporteur serve`: builds the site, serves the output folder on 127.0.0.1 (never on another
/// address), and rebuilds it whenever the content or the theme changes. Open pages reload after each
/// rebuild; while a rebuild has failed, the last good build is served with its diagnostics over it.
public struct DevelopmentServer: Sendable {
    public static let host = LoopbackHTTPServer.host
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
    /// How much a client may send and how long it may take (`ServeLimits`).
    public let limits: ServeLimits

    public init(options: BuildOptions, port: UInt16 = DevelopmentServer.defaultPort,
                watchInterval: Duration = .milliseconds(300), pollTimeout: Duration = .seconds(25),
                limits: ServeLimits = ServeLimits()) {
        self.options = options
        self.port = port
        self.watchInterval = watchInterval
        self.pollTimeout = pollTimeout
        self.limits = limits
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
        let (listening, serving) = try await listen(liveReload: liveReload)
        if let url = URL(string: "http://\(Self.host):\(listening)/") {
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
        serving.cancel()
        _ = await serving.result
    }

    /// Starts listening, and serving in a task of its own.
    private func listen(liveReload: LiveReload) async throws(Failure) -> (port: UInt16, serving: Task<Void, any Error>) {
        var routes = RoutedHTTPHandler()
        let endpoint = ReloadEndpoint(liveReload: liveReload, pollTimeout: pollTimeout)
        routes.appendRoute(HTTPRoute(method: .GET, path: LiveReloadScript.path), to: endpoint)
        routes.appendRoute(HTTPRoute(method: .GET, path: LiveReloadScript.reloadPath), to: endpoint)
        routes.appendRoute("*", to: StaticFileResponder(resolver: RequestPathResolver(siteFolder: options.outputPath),
                                                       liveReload: liveReload))
        let server: LoopbackHTTPServer
        do {
            server = try await LoopbackHTTPServer(port: port, handler: routes, limits: limits)
        } catch {
            throw .cannotListen("\(Self.host):\(port): \(Self.describe(error))")
        }
        return (server.port, Task { try await server.run() })
    }

    private static func describe(_ error: any Error) -> String {
        if case SocketError.failed(_, let number, let message) = error {
            return number == EADDRINUSE ? "the port is in use (\(message)); choose another with --port" : message
        }
        return error.localizedDescription
    }
}
