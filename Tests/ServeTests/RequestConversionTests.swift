import FlyingFox
import Testing
@testable import Serving

@Suite("Serve: the request the handlers see")
struct RequestConversionTests {
    @Test func theTargetStaysRawThePathAndQueryAreDecoded() {
        let head = RequestHead(method: "GET", target: "/a%20b/%2e%2e/c?since=3&x=a%26b&flag", version: "HTTP/1.1",
                               fields: [.init(name: "Host", value: "localhost:8000"), .init(name: "Accept", value: "*/*")])
        let request = RequestConversion.request(from: head)
        #expect(request.method == .GET)
        #expect(request.target.path() == "/a%20b/%2e%2e/c", "the path resolver reads the raw path")
        #expect(request.path == "/a b/../c")
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["since=3", "x=a&b", "flag="])
        #expect(request.headers[.host] == "localhost:8000" && request.headers[HTTPHeader("accept")] == "*/*")
        #expect(RequestConversion.request(from: RequestHead(method: "GET", target: "/", version: "HTTP/1.0", fields: [])).query.isEmpty)
    }
}
