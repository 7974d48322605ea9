import FlyingSocks
import Foundation
@testable import Serving

/// Sends a request exactly as written (browsers and URLSession would normalise `..` and
/// percent-encoding first, and refuse to send what the abuse tests send) and reads the response, over
/// 127.0.0.1 only.
enum RawHTTPClient {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    struct NoResponse: Error {}

    static func get(_ target: String, port: UInt16, host: String = "127.0.0.1") async throws -> Response {
        try await send(Data("GET \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n".utf8),
                       port: port, address: host)
    }

    /// Sends `request` and reads one response: its head, then `Content-Length` bytes of body (or until
    /// the server closes). A request the server stops reading may fail to be sent in full: the response
    /// is read all the same. At most 16 MB are read, for at most `timeout`.
    static func send(_ request: Data, port: UInt16, address: String = "127.0.0.1", timeout: Duration = .seconds(60)) async throws -> Response {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: address, port: port), timeout: 20)
        defer { try? socket.close() }
        let response = try await TimeLimit.run(timeout) {
            // Written beside the reading, so that an answer that comes before the end of the request is read.
            let writing = Task { try? await socket.write(request) }
            defer { writing.cancel() }
            var bytes: [UInt8] = []
            while bytes.count < 16 * 1024 * 1024, !isComplete(bytes), let chunk = try? await socket.read(atMost: 65_536) {
                bytes += chunk
            }
            return parse(bytes)
        }
        guard let response, response.status != 0 else { throw NoResponse() }
        return response
    }

    /// Sends `request` and reads all that comes until the server closes the connection (at most 16 MB,
    /// for at most `timeout`, nil past it), and how long it took.
    static func untilClosed(_ request: Data, port: UInt16, timeout: Duration = .seconds(30)) async throws -> (text: String, elapsed: Duration)? {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 20)
        defer { try? socket.close() }
        let start = ContinuousClock.now
        return try await TimeLimit.run(timeout) {
            if !request.isEmpty { try? await socket.write(request) }
            var bytes: [UInt8] = []
            while bytes.count < 16 * 1024 * 1024, let chunk = try? await socket.read(atMost: 65_536) {
                bytes += chunk
            }
            return (String(decoding: bytes, as: UTF8.self), ContinuousClock.now - start)
        }
    }

    static func isComplete(_ bytes: [UInt8]) -> Bool {
        let response = parse(bytes)
        guard response.status != 0, let length = response.headers["content-length"].flatMap({ Int($0) }) else { return false }
        return response.body.utf8.count >= length
    }

    static func parse(_ bytes: [UInt8]) -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return Response(status: 0, headers: [:], body: "") }
        let head = text[..<end.lowerBound].components(separatedBy: "\r\n")
        let status = head.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
        }
        return Response(status: status, headers: headers, body: String(text[end.upperBound...]))
    }
}
