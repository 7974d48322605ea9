import Testing
@testable import Serving

@Suite("Serve: only requests that name this server are served")
struct HostCheckTests {
    @Test func theLoopbackNamesWithThePort() {
        for host in ["127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "[::1]:8000"] {
            #expect(HostCheck.check([host], port: 8000) == .allowed, "\(host)")
        }
        for host in ["evil.example", "evil.example:8000", "127.0.0.1", "localhost", "127.0.0.1:8001", "localhost:80",
                     "127.0.0.2:8000", "localhost.:8000", "127.0.0.1:8000.evil.example", "[::1]", "0.0.0.0:8000"] {
            #expect(HostCheck.check([host], port: 8000) == .misdirected, "\(host)")
        }
        #expect(HostCheck.check(["localhost"], port: 80) == .allowed, "port 80 may be left out")
        #expect(HostCheck.check([], port: 8000) == .missingOrRepeated)
        #expect(HostCheck.check([""], port: 8000) == .missingOrRepeated)
        #expect(HostCheck.check(["localhost:8000", "evil.example"], port: 8000) == .missingOrRepeated)
    }
}
