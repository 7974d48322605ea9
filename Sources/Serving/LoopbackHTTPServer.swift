import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `rapporteur serve`. It listens on 127.0.0.1 only; FlyingSocks does the sockets and
/// FlyingFox's handlers answer, but the requests are read here (`LoopbackConnection`), within the bounds
/// of `ServeLimits` and in time linear in their size. FlyingFox's reader has no bound, and for every byte
/// it asks whether the line read so far ends with `\n` as `$0.suffix(1) == [10]`, which picks
/// `Sequence.suffix` (it returns an array) and so walks the whole line: quadratic (measured: 2 s for an
/// 8 KB request line, 25 s for 32 KB, a core busy for minutes with 1 MB).
struct LoopbackHTTPServer: Sendable {
    static let host = "127.0.0.1"

    let handler: any HTTPHandler
    let limits: ServeLimits
    /// The port listened on (the one chosen by the system when 0 was asked for).
    let port: UInt16
    private let listener: AsyncSocket
    private let pool: any AsyncSocketPool

    /// Starts listening on 127.0.0.1:`port` (0: a free port).
    init(port: UInt16, handler: any HTTPHandler, limits: ServeLimits) async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let socket = try Socket(domain: AF_INET)
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: try sockaddr_in.inet(ip4: Self.host, port: port))
            try socket.listen()
            guard case .ip4(_, let bound) = try socket.sockname() else { throw SocketError.unsupportedAddress }
            self.port = bound
            self.listener = try AsyncSocket(socket: socket, pool: pool)
        } catch {
            try? socket.close()
            throw error
        }
        self.pool = pool
        self.handler = handler
        self.limits = limits
    }

    /// Accepts and serves connections until the task is cancelled; then closes them all.
    func run() async throws {
        defer { try? listener.close() }
        let connections = ConnectionCount(limit: limits.connections)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            for try await client in listener.sockets {
                guard await connections.enter() else {
                    Self.turnAway(client)
                    continue
                }
                group.addTask {
                    await LoopbackConnection(socket: client, port: port, handler: handler, limits: limits).serve()
                    await connections.leave()
                }
            }
            group.cancelAll()
        }
    }

    /// One connection too many: 503, written at once if the socket takes it, and closed.
    private static func turnAway(_ client: AsyncSocket) {
        let answer = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        _ = try? client.socket.write(Data(answer.utf8))
        try? client.close()
    }
}
