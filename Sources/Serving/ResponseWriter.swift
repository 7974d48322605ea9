import FlyingFox
import FlyingSocks
import Foundation

/// Sends a response on a connection: the status line, the handler's headers (sorted by name), a
/// `Content-Length`, `Connection: close` when the connection is closed after it, and the body.
enum ResponseWriter {
    static func send(_ response: HTTPResponse, closing: Bool, on socket: AsyncSocket) async throws {
        let body = try await response.bodyData
        var head = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        let own: Set<String> = ["content-length", "connection", "transfer-encoding"]
        let fields = response.headers.filter { !own.contains($0.key.rawValue.lowercased()) }
            .sorted { ($0.key.rawValue, $0.value) < ($1.key.rawValue, $1.value) }
        for field in fields {
            head += "\(field.key.rawValue): \(field.value)\r\n"
        }
        head += "Content-Length: \(response.headers[.contentLength] ?? String(body.count))\r\n"
        if closing { head += "Connection: close\r\n" }
        head += "\r\n"
        try await socket.write(Data(head.utf8) + body)
    }

    /// A short plain-text answer of the server's own (a refusal), which closes the connection.
    static func plain(_ status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]),
                     body: Data("\(status.code) \(status.phrase)\n".utf8))
    }
}
