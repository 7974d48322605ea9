import FlyingFox
import FlyingSocks
import Foundation

/// One client's connection. Its requests are read one after the other, each head within
/// `limits.requestHeadTime` of when the server starts waiting for it; a head that passes a bound of
/// `ServeLimits`, is malformed or does not name this server (`HostCheck`) is refused and the connection
/// closed; the others are answered by `handler`, each within `limits.responseTime`. The connection stays
/// open for the next request unless the client asks otherwise or announced a body (none is read).
struct LoopbackConnection: Sendable {
    let socket: AsyncSocket
    let port: UInt16
    let handler: any HTTPHandler
    let limits: ServeLimits

    func serve() async {
        defer { try? socket.close() }
        var reader = RequestHeadReader(socket: socket)
        while !Task.isCancelled {
            let deadline = ContinuousClock.now + limits.requestHeadTime
            // A kept-alive connection on which nothing more comes is closed without an answer.
            guard let (started, waited) = try? await Self.step(reader, until: deadline, { try await $0.awaitBytes() }),
                  started else { return }
            reader = waited
            let outcome: RequestHeadReader.Outcome
            do {
                guard let (read, advanced) = try await Self.step(reader, until: deadline, { try await $0.next() }) else {
                    return await refuse(.requestTimeout)
                }
                (outcome, reader) = (read, advanced)
            } catch {
                return
            }
            switch outcome {
            case .closed:
                return
            case .refused(let refusal):
                return await refuse(refusal.status)
            case .head(let head):
                guard await answer(head) else { return }
            }
        }
    }

    /// Runs `step` on a copy of `reader` until `deadline`: its result and the reader after it, or nil
    /// when the deadline passed first.
    private static func step<Value: Sendable>(_ reader: RequestHeadReader, until deadline: ContinuousClock.Instant,
                                              _ step: @escaping @Sendable (inout RequestHeadReader) async throws -> Value)
        async throws -> (Value, RequestHeadReader)? {
        try await TimeLimit.run(deadline - ContinuousClock.now) {
            var advanced = reader
            return (try await step(&advanced), advanced)
        }
    }

    /// Answers a request whose head was read; whether the connection stays open for another.
    private func answer(_ head: RequestHead) async -> Bool {
        switch HostCheck.check(head.values(of: "Host"), port: port) {
        case .allowed: break
        case .missingOrRepeated:
            await refuse(.badRequest)
            return false
        case .misdirected:
            await refuse(.misdirectedRequest)
            return false
        }
        let request = RequestConversion.request(from: head)
        let announcesBody = !head.values(of: "Transfer-Encoding").isEmpty || head.values(of: "Content-Length").contains { $0 != "0" }
        let keepsOpen = !announcesBody && Self.asksToKeepOpen(head)
        let sent = (try? await TimeLimit.run(limits.responseTime) { [handler, socket] in
            let response = await Self.response(of: handler, to: request)
            try await ResponseWriter.send(response, closing: !keepsOpen, on: socket)
            return true
        }) == true
        if sent && announcesBody { await linger() }
        return sent && keepsOpen
    }

    /// HTTP/1.1 keeps a connection open unless `Connection: close`; HTTP/1.0 only with `keep-alive`.
    static func asksToKeepOpen(_ head: RequestHead) -> Bool {
        let options = head.values(of: "Connection").flatMap { $0.lowercased().split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return head.version == "HTTP/1.1" ? !options.contains("close") : options.contains("keep-alive")
    }

    static func response(of handler: any HTTPHandler, to request: HTTPRequest) async -> HTTPResponse {
        do {
            return try await handler.handleRequest(request)
        } catch is HTTPUnhandledError {
            return ResponseWriter.plain(.notFound)
        } catch {
            return ResponseWriter.plain(.internalServerError)
        }
    }

    /// Answers with `status`, then closes (after `linger()`).
    private func refuse(_ status: HTTPStatusCode) async {
        _ = try? await TimeLimit.run(limits.responseTime) { [socket] in
            try await ResponseWriter.send(ResponseWriter.plain(status), closing: true, on: socket)
        }
        await linger()
    }

    private static let lingerChunkBytes = 64 * 1024

    /// Stops sending, then reads and drops what the client still sends, for at most
    /// `ServeLimits.lingerTimeLimit` and `ServeLimits.lingerMaximumBytes`: closing a connection with
    /// unread bytes resets it, and the client could lose the answer.
    private func linger() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await TimeLimit.run(ServeLimits.lingerTimeLimit) { [socket] in
            var dropped = 0
            while dropped < ServeLimits.lingerMaximumBytes {
                dropped += try await socket.read(bytes: Self.lingerChunkBytes).count
            }
        }
    }
}
