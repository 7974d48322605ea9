import FlyingFox
import Foundation

/// The FlyingFox request that the handlers answer, made from a parsed head in time linear in its size
/// (FlyingFox's own would parse the target again through `URL`). `target` keeps the raw, percent-encoded
/// target; `path` is the target's path percent-decoded; `query` its `name=value` pairs, decoded. The
/// body is always empty: the server reads none.
enum RequestConversion {
    static func request(from head: RequestHead) -> HTTPRequest {
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let rawPath = String(parts[0])
        let rawQuery = parts.count > 1 ? String(parts[1]) : ""
        var headers = HTTPHeaders()
        for field in head.fields {
            headers.addValue(field.value, for: HTTPHeader(field.name))
        }
        var request = HTTPRequest(method: HTTPMethod(head.method), version: HTTPVersion(head.version), path: "", query: [],
                                  headers: headers, body: HTTPBodySequence(data: Data()))
        request.target = HTTPRequest.Target(path: rawPath, query: rawQuery)
        request.path = rawPath.removingPercentEncoding ?? rawPath
        request.query = queryItems(rawQuery)
        return request
    }

    static func queryItems(_ rawQuery: String) -> [HTTPRequest.QueryItem] {
        rawQuery.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decoded = parts.map { String($0).removingPercentEncoding ?? String($0) }
            return HTTPRequest.QueryItem(name: decoded[0], value: decoded.count > 1 ? decoded[1] : "")
        }
    }
}
