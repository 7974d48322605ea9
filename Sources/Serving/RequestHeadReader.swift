import FlyingSocks

/// Reads the heads of the requests of one connection, one after the other: it reads what the client
/// sends in chunks, hands them to a `RequestHeadParser`, and keeps what came after a head for the next.
struct RequestHeadReader: Sendable {
    enum Outcome: Sendable, Equatable {
        case head(RequestHead)
        case refused(RequestHeadRefusal)
        /// The client closed the connection.
        case closed
    }

    static let chunkBytes = 4096

    let socket: AsyncSocket
    private var pending: [UInt8] = []

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    /// Waits until the client sends something (true), or closes the connection (false).
    mutating func awaitBytes() async throws -> Bool {
        guard pending.isEmpty else { return true }
        do {
            pending = try await socket.read(atMost: Self.chunkBytes)
            return true
        } catch SocketError.disconnected {
            return false
        }
    }

    mutating func next() async throws -> Outcome {
        var parser = RequestHeadParser()
        var received = pending
        pending = []
        while true {
            if !received.isEmpty {
                let (progress, consumed) = parser.feed(received[...])
                switch progress {
                case .needsMore: break
                case .complete(let head):
                    pending = Array(received[consumed...])
                    return .head(head)
                case .refused(let refusal):
                    return .refused(refusal)
                }
            }
            do {
                received = try await socket.read(atMost: Self.chunkBytes)
            } catch SocketError.disconnected {
                return .closed
            }
        }
    }
}
