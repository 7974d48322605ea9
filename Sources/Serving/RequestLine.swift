/// `METHOD SP TARGET SP HTTP/1.x` (RFC 9112 §3): a token, a target in origin form (`/…`) or `*`, and
/// HTTP/1.1 or HTTP/1.0. The absolute form, which only proxies are sent, is refused.
struct RequestLine: Sendable, Equatable {
    let method: String
    let target: String
    let version: String

    static let versions = ["HTTP/1.1", "HTTP/1.0"]

    static func parse(_ line: [UInt8]) -> Result<RequestLine, RequestHeadRefusal> {
        let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(HTTPSyntax.isTokenByte),
              parts[1].first == UInt8(ascii: "/") || parts[1].elementsEqual("*".utf8),
              parts[1].allSatisfy(HTTPSyntax.isTargetByte) else { return .failure(.malformed) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard versions.contains(version) else {
            return .failure(version.hasPrefix("HTTP/") ? .unsupportedVersion : .malformed)
        }
        return .success(RequestLine(method: String(decoding: parts[0], as: UTF8.self),
                                    target: String(decoding: parts[1], as: UTF8.self), version: version))
    }
}
