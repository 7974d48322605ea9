import Foundation
import Testing
@testable import Serving

@Suite("Serve: connections are kept open, or closed, as HTTP/1.1 says")
struct ServeConnectionTests {
    func request(_ target: String, port: UInt16, _ more: String = "", version: String = "HTTP/1.1") -> String {
        "GET \(target) \(version)\r\nHost: 127.0.0.1:\(port)\r\n\(more)\r\n"
    }

    func statusLines(_ text: String) -> [String] {
        text.components(separatedBy: .newlines).filter { $0.hasPrefix("HTTP/1.1 ") }
    }

    @Test func requestsOneAfterTheOtherOnOneConnection() async throws {
        try await OnePageServer.with { port in
            let both = request("/", port: port) + request("/missing", port: port) + request("/", port: port, "Connection: close\r\n")
            let exchange = try #require(try await RawHTTPClient.untilClosed(Data(both.utf8), port: port))
            #expect(statusLines(exchange.text) == ["HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"])
            #expect(exchange.text.components(separatedBy: OnePageServer.mark).count == 3)
            #expect(exchange.elapsed < .seconds(5), "closed after the last request, not at the time limit: \(exchange.elapsed)")
        }
    }

    @Test func http10ClosesAfterOneResponse() async throws {
        try await OnePageServer.with { port in
            let twice = request("/", port: port, version: "HTTP/1.0") + request("/", port: port, version: "HTTP/1.0")
            let exchange = try #require(try await RawHTTPClient.untilClosed(Data(twice.utf8), port: port))
            #expect(statusLines(exchange.text) == ["HTTP/1.1 200 OK"])
            #expect(exchange.elapsed < .seconds(5), "\(exchange.elapsed)")
        }
    }

    @Test func aBodyIsNeverReadAsTheNextRequest() async throws {
        try await OnePageServer.with { port in
            let body = request("/", port: port)
            let post = "POST / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            let exchange = try #require(try await RawHTTPClient.untilClosed(Data(post.utf8), port: port))
            #expect(statusLines(exchange.text) == ["HTTP/1.1 405 Method Not Allowed"])
            #expect(exchange.text.contains("Connection: close"))
        }
    }

    @Test func anIdleConnectionIsClosedWithoutAnAnswerAtTheTimeLimit() async throws {
        let limit = Duration.seconds(1)
        try await OnePageServer.with(ServeLimits(requestHeadTime: limit)) { port in
            let exchange = try #require(try await RawHTTPClient.untilClosed(Data(), port: port))
            #expect(exchange.text.isEmpty)
            // The server's clock starts at accept, which may come before this one's: half the limit at least.
            #expect(exchange.elapsed > limit / 2 && exchange.elapsed < .seconds(5), "\(exchange.elapsed)")
        }
    }
}
