import Foundation
import Testing
@testable import Serving

@Suite("Serve: request heads are read within bounds, in linear time")
struct RequestHeadParserTests {
    /// Feeds `text` in chunks of `chunk` bytes; the progress at the first chunk that ends the head (or
    /// the last one), how many chunks were fed and how many bytes of the last one were used.
    func parse(_ bytes: [UInt8], chunk: Int = 4096) -> (progress: RequestHeadParser.Progress, chunks: Int, consumed: Int) {
        var parser = RequestHeadParser()
        var start = 0
        var chunks = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            chunks += 1
            let (progress, consumed) = parser.feed(bytes[start..<end])
            if progress != .needsMore { return (progress, chunks, consumed) }
            start = end
        }
        return (.needsMore, chunks, 0)
    }

    func parse(_ text: String, chunk: Int = 4096) -> RequestHeadParser.Progress {
        parse(Array(text.utf8), chunk: chunk).progress
    }

    static let head = RequestHead(method: "GET", target: "/a%20b/?since=3", version: "HTTP/1.1",
                                  fields: [.init(name: "Host", value: "127.0.0.1:8000"), .init(name: "Accept", value: "text/html, */*")])

    @Test func aHeadInOneChunkOrByteByByte() {
        let text = "GET /a%20b/?since=3 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept: \t text/html, */* \r\n\r\n"
        #expect(parse(text) == .complete(Self.head))
        #expect(parse(text, chunk: 1) == .complete(Self.head))
        #expect(parse("\r\n\n" + text.replacingOccurrences(of: "\r\n", with: "\n")) == .complete(Self.head),
                "bare LF, and empty lines before the request line")
        #expect(Self.head.values(of: "HOST") == ["127.0.0.1:8000"])
    }

    @Test func whatFollowsTheHeadIsLeftForTheNextRequest() {
        let first = Array("GET / HTTP/1.1\r\nHost: localhost:1\r\n\r\n".utf8)
        let outcome = parse(first + Array("GET /next HTTP/1.1\r\n".utf8))
        #expect(outcome.consumed == first.count)
        #expect(outcome.progress == .complete(RequestHead(method: "GET", target: "/", version: "HTTP/1.1",
                                                          fields: [.init(name: "Host", value: "localhost:1")])))
    }

    @Test func aRequestLineAtTheBoundIsReadOneByteMoreIsRefused() {
        let longest = "GET /" + String(repeating: "a", count: ServeLimits.maximumRequestLineBytes - 14) + " HTTP/1.1"
        #expect(longest.utf8.count == ServeLimits.maximumRequestLineBytes)
        guard case .complete = parse(longest + "\r\nHost: a\r\n\r\n") else {
            Issue.record("a request line of \(ServeLimits.maximumRequestLineBytes) bytes is refused")
            return
        }
        #expect(parse("GET /a" + longest.dropFirst(5) + "\r\nHost: a\r\n\r\n") == .refused(.requestLineTooLong))
        #expect(parse(String(repeating: "\r\n", count: ServeLimits.maximumRequestLineBytes)) == .refused(.requestLineTooLong),
                "empty lines before the request line count towards its bound")
    }

    @Test func aHugeLineIsRefusedAfterTheBoundNotAtItsEnd() {
        let megabyte = Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20)
        let line = parse(megabyte)
        #expect(line.progress == .refused(.requestLineTooLong))
        #expect(line.chunks <= ServeLimits.maximumRequestLineBytes / 4096 + 1, "\(line.chunks) chunks read")
        let header = parse(Array("GET / HTTP/1.1\r\nX: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20))
        #expect(header.progress == .refused(.headerFieldsTooLarge))
        #expect(header.chunks <= ServeLimits.maximumHeaderBytes / 4096 + 1, "\(header.chunks) chunks read")
    }

    @Test func headerFieldsAreBoundedInNumberAndTotalSize() {
        func head(_ fields: [String]) -> String {
            "GET / HTTP/1.1\r\n" + fields.map { $0 + "\r\n" }.joined() + "\r\n"
        }
        let most = (1...ServeLimits.maximumHeaderCount).map { "X-\($0): 1" }
        guard case .complete(let read) = parse(head(most)) else {
            Issue.record("\(ServeLimits.maximumHeaderCount) fields are refused")
            return
        }
        #expect(read.fields.count == ServeLimits.maximumHeaderCount)
        #expect(parse(head(most + ["X-0: 1"])) == .refused(.headerFieldsTooLarge))
        let large = String(repeating: "v", count: ServeLimits.maximumHeaderBytes / 4)
        #expect(parse(head((1...5).map { "X-\($0): \(large)" })) == .refused(.headerFieldsTooLarge),
                "five fields of a quarter of the bound each")
    }

    @Test func aMaximalHeadByteByByteTakesLinearTime() {
        let line = "GET /" + String(repeating: "a", count: ServeLimits.maximumRequestLineBytes - 14) + " HTTP/1.1\r\n"
        let field = "X: " + String(repeating: "b", count: ServeLimits.maximumHeaderBytes / 4 - 3) + "\r\n"
        let bytes = Array((line + String(repeating: field, count: 4) + "\r\n").utf8)
        let clock = ContinuousClock()
        var progress = RequestHeadParser.Progress.needsMore
        let elapsed = clock.measure { progress = parse(bytes, chunk: 1).progress }
        guard case .complete = progress else {
            Issue.record("\(progress)")
            return
        }
        // FlyingFox's reader took 2 s for an 8 KB line and 25 s for 32 KB (debug build); this head is 24 KB.
        #expect(elapsed < .seconds(1), "\(elapsed) for \(bytes.count) bytes fed one by one")
    }

    @Test func whatIsNotHTTP1IsRefused() {
        for malformed in ["GET /\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 x\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
                          "GET http://evil.example/ HTTP/1.1\r\n\r\n", "GET /\u{1}a HTTP/1.1\r\n\r\n", "GET / FTP/1.1\r\n\r\n",
                          "GET / HTTP/1.1\r\nHost : a\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\n: a\r\n\r\n",
                          "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n",
                          "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n"] {
            #expect(parse(malformed) == .refused(.malformed), "\(malformed.debugDescription)")
        }
        #expect(parse("GET / HTTP/2.0\r\n\r\n") == .refused(.unsupportedVersion))
        #expect(parse("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") == .refused(.unsupportedVersion))
    }
}
