import FlyingSocks
import Foundation

/// Sends a request line exactly as written (browsers and URLSession would normalise `..` and
/// percent-encoding first) and reads the response.
enum RawHTTPClient {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    static func get(_ target: String, port: UInt16, host: String = "127.0.0.1") async throws -> Response {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: host, port: port), timeout: 120)
        defer { try? socket.close() }
        try await socket.write(Data("GET \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
        var bytes: [UInt8] = []
        while let chunk = try? await socket.read(atMost: 65_536), !chunk.isEmpty {
            bytes += chunk
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first?.components(separatedBy: "\r\n") ?? []
        let status = head.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
        }
        return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
