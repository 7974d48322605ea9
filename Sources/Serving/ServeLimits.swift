/// The bounds `rapporteur serve` puts on what a client sends and on how long it may take. Each is
/// listed, with what the server answers beyond it, in the README ("Previewing while editing").
public struct ServeLimits: Sendable {
    /// The request line (`GET /path HTTP/1.1`), its line ending excluded. Longer: 414 URI Too Long.
    public static let maximumRequestLineBytes = 8 * 1024
    /// All the header lines of a request together, line endings excluded. More: 431 Request Header
    /// Fields Too Large.
    public static let maximumHeaderBytes = 16 * 1024
    /// The header lines of a request. More: 431 Request Header Fields Too Large.
    public static let maximumHeaderCount = 100
    /// From when the server starts waiting for a request on a connection until the blank line that ends
    /// its head. Later: 408 Request Timeout and the connection is closed; a kept-alive connection on
    /// which nothing more came is closed without an answer.
    public static let requestHeadTimeLimit: Duration = .seconds(10)
    /// Making and sending one response, the live-reload question included (which is answered after
    /// `DevelopmentServer.pollTimeout`, 25 s, at the latest). Later: the connection is closed.
    public static let responseTimeLimit: Duration = .seconds(60)
    /// Connections open at once. Another is answered 503 Service Unavailable and closed.
    public static let maximumConnections = 64
    /// After a refusal (414, 431, 400…) the server stops sending, then reads and drops what the client
    /// is still sending, for at most this long and this many bytes, so that the client reads the answer
    /// before the connection is closed (closing with unread bytes would reset it).
    public static let lingerTimeLimit: Duration = .seconds(2)
    public static let lingerMaximumBytes = 4 * 1024 * 1024

    public var requestHeadTime: Duration
    public var responseTime: Duration
    public var connections: Int

    public init(requestHeadTime: Duration = ServeLimits.requestHeadTimeLimit,
                responseTime: Duration = ServeLimits.responseTimeLimit,
                connections: Int = ServeLimits.maximumConnections) {
        self.requestHeadTime = requestHeadTime
        self.responseTime = responseTime
        self.connections = connections
    }
}
