/// Which `Host` a request must name to be served: the server's own loopback address with its port,
/// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT` (without the port only when it is 80). A page of
/// another site that a browser was tricked into sending here (DNS rebinding: `evil.example` made to
/// resolve to 127.0.0.1) names its own host, and is refused.
enum HostCheck {
    enum Outcome: Equatable {
        case allowed
        /// No `Host`, or more than one: 400 Bad Request (RFC 9112 §3.2).
        case missingOrRepeated
        /// Another host, or another port: 421 Misdirected Request.
        case misdirected
    }

    static let loopbackNames = ["127.0.0.1", "localhost", "[::1]"]

    static func check(_ hosts: [String], port: UInt16) -> Outcome {
        guard hosts.count == 1, let host = hosts.first?.lowercased(), !host.isEmpty else { return .missingOrRepeated }
        let allowed = loopbackNames.map { "\($0):\(port)" } + (port == 80 ? loopbackNames : [])
        return allowed.contains(host) ? .allowed : .misdirected
    }
}
