/// Reads the head of a request from bytes as they arrive, in time linear in their number: each byte is
/// looked at once (a line is searched for its end only in the bytes that came since), and it refuses the
/// request as soon as a bound of `ServeLimits` is passed, without waiting for the rest of the line.
/// Lines end with CRLF or a bare LF. Empty lines before the request line are skipped (RFC 9112 §2.2);
/// they count towards the request line's bound.
struct RequestHeadParser: Sendable {
    enum Progress: Equatable {
        case needsMore
        case complete(RequestHead)
        case refused(RequestHeadRefusal)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private var line: [UInt8] = []
    private var requestLine: RequestLine?
    private var skippedBytes = 0
    private var fields: [RequestHead.Field] = []
    private var headerBytes = 0

    /// Feeds the next bytes received. Returns how far the head got and how many of `bytes` it used: once
    /// the head is complete, the bytes after it belong to the next request.
    mutating func feed(_ bytes: ArraySlice<UInt8>) -> (progress: Progress, consumed: Int) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let end = bytes[index...].firstIndex(of: Self.lineFeed)
            line.append(contentsOf: bytes[index..<(end ?? bytes.endIndex)])
            // One more byte than the bound is let in: it may be the CR of the line's end.
            if let refusal = refusal(ofLineLength: line.count - 1) {
                return (.refused(refusal), bytes.count)
            }
            guard let end else { break }
            index = bytes.index(after: end)
            if line.last == Self.carriageReturn { line.removeLast() }
            let progress = finishLine()
            line.removeAll(keepingCapacity: true)
            if progress != .needsMore {
                return (progress, index - bytes.startIndex)
            }
        }
        return (.needsMore, bytes.count)
    }

    private func refusal(ofLineLength length: Int) -> RequestHeadRefusal? {
        if requestLine == nil {
            return skippedBytes + length > ServeLimits.maximumRequestLineBytes ? .requestLineTooLong : nil
        }
        return headerBytes + length > ServeLimits.maximumHeaderBytes ? .headerFieldsTooLarge : nil
    }

    private mutating func finishLine() -> Progress {
        if let refusal = refusal(ofLineLength: line.count) { return .refused(refusal) }
        guard let requestLine else {
            if line.isEmpty {
                skippedBytes += 2
                return .needsMore
            }
            switch RequestLine.parse(line) {
            case .success(let parsed): self.requestLine = parsed
            case .failure(let refusal): return .refused(refusal)
            }
            return .needsMore
        }
        if line.isEmpty {
            return .complete(RequestHead(method: requestLine.method, target: requestLine.target,
                                         version: requestLine.version, fields: fields))
        }
        headerBytes += line.count
        guard fields.count < ServeLimits.maximumHeaderCount else { return .refused(.headerFieldsTooLarge) }
        guard let field = Self.field(line) else { return .refused(.malformed) }
        fields.append(field)
        return .needsMore
    }

    /// `name: value`, the name a token right before the colon, the value without the spaces and tabs
    /// around it. A line that starts with a space or tab (the obsolete line folding) is refused.
    private static func field(_ line: [UInt8]) -> RequestHead.Field? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              line[..<colon].allSatisfy(HTTPSyntax.isTokenByte) else { return nil }
        let value = HTTPSyntax.trimmingSpacesAndTabs(line[(colon + 1)...])
        guard value.allSatisfy(HTTPSyntax.isFieldValueByte) else { return nil }
        return RequestHead.Field(name: String(decoding: line[..<colon], as: UTF8.self),
                                 value: String(decoding: value, as: UTF8.self))
    }
}
