import FlyingFox
import Foundation

/// Answers a request for a file of the built site: the file with its content type (a folder gives its
/// `index.html`), HTML pages with the live-reload script (and the diagnostics overlay while the last
/// rebuild failed) added; anything else, the site's own `404.html` when the build wrote one, with
/// status 404. Nothing is ever cached: the next request sees the next build.
struct StaticFileResponder: HTTPHandler {
    let resolver: RequestPathResolver
    let liveReload: LiveReload

    static let notFoundPage = "/404.html"

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        let response: HTTPResponse
        switch resolver.resolve(request.target.path()) {
        case .file(let path):
            if let file = await respond(with: path, status: .ok) {
                response = file
            } else {
                response = await notFound()
            }
        case .redirect(let location):
            response = HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
        case .notFound:
            response = await notFound()
        }
        return request.method == .HEAD ? HTTPResponse(statusCode: response.statusCode, headers: response.headers) : response
    }

    private func notFound() async -> HTTPResponse {
        if case .file(let page) = resolver.resolve(Self.notFoundPage), let response = await respond(with: page, status: .notFound) {
            return response
        }
        return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]),
                            body: Data("404 Not Found\n".utf8))
    }

    private func respond(with path: String, status: HTTPStatusCode) async -> HTTPResponse? {
        guard var contents = FileManager.default.contents(atPath: path) else { return nil }
        let type = ContentType.of(path: path)
        if ContentType.isHTML(type) {
            contents = ServeTimeInjection.inject(ServeTimeInjection.snippet(for: await liveReload.state), into: contents)
        }
        return HTTPResponse(statusCode: status,
                            headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]),
                            body: contents)
    }
}
