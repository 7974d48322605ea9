import FlyingFox

/// The head of a request as the client sent it: the request line and the header fields, nothing
/// decoded (the target is still percent-encoded).
struct RequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        let name: String
        let value: String
    }

    let method: String
    /// In origin form (`/path?query`), or `*`.
    let target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    let version: String
    let fields: [Field]

    /// The values of the fields named `name` (names are compared without regard to case), in order.
    func values(of name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }
}

/// Why a request head was refused, and the status the server answers with before closing the connection.
enum RequestHeadRefusal: Error, Equatable {
    /// The request line is longer than `ServeLimits.maximumRequestLineBytes`.
    case requestLineTooLong
    /// The header lines are longer together than `ServeLimits.maximumHeaderBytes`, or more than
    /// `ServeLimits.maximumHeaderCount`.
    case headerFieldsTooLarge
    /// Not a request line or header field of HTTP/1.x.
    case malformed
    /// A version other than HTTP/1.0 and HTTP/1.1.
    case unsupportedVersion

    var status: HTTPStatusCode {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .headerFieldsTooLarge: .requestHeaderFieldsTooLarge
        case .malformed: .badRequest
        case .unsupportedVersion: .httpVersionNotSupported
        }
    }
}
