import FlyingFox
import Foundation

/// `GET /__rapporteur/reload?since=GENERATION`: answers `{"generation": N, "failed": bool}` as soon as the
/// served generation differs from the one the page names (at once when it already does), or after
/// `pollTimeout` with the same one; `GET /__rapporteur/live-reload.js`: the script that asks it.
struct ReloadEndpoint: HTTPHandler {
    let liveReload: LiveReload
    /// Shorter than the server's request timeout and than browsers' idle limits.
    let pollTimeout: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.path {
        case LiveReloadScript.path:
            return HTTPResponse(statusCode: .ok,
                                headers: HTTPHeaders([.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"]),
                                body: Data(LiveReloadScript.source.utf8))
        case LiveReloadScript.reloadPath:
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? 0
            let state = await liveReload.state(after: since, timeout: pollTimeout)
            let body = "{\"generation\": \(state.generation), \"failed\": \(state.failure != nil)}\n"
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]),
                                body: Data(body.utf8))
        default:
            throw HTTPUnhandledError()
        }
    }
}
