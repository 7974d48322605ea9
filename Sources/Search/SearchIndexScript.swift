import Foundation

/// Writes the search index as a JavaScript file that a `<script>` element loads, so that search works
/// from `file://` with no server (the way mdBook's `searchindex.js` does): the JSON is handed to
/// `JSON.parse`, which browsers parse faster than an object literal of the same size.
public enum SearchIndexScript {
    /// The global variable the script sets and `search.js` reads.
    public static let variable = "rapporteurSearchIndex"
    /// The version of the format; `search.js` refuses an index it does not know.
    public static let formatVersion = 1

    /// The format: `sessions` are `[slug, title, dates, folder]`; `documents` are `[kind, session (or -1),
    /// label, href, text, [key numbers]]`, a session's documents' hrefs relative to its folder; `keys` is
    /// the table of key names, each written once; `tokens` are sorted in UTF-16 order and `postings[i]`
    /// holds the documents of `tokens[i]` (`PostingsEncoding`).
    public static func script(for index: SearchIndex) -> Data {
        var keyNumbers: [String: Int] = [:]
        var keys: [String] = []
        func number(of key: String) -> Int {
            if let number = keyNumbers[key] { return number }
            keys.append(key)
            keyNumbers[key] = keys.count - 1
            return keys.count - 1
        }
        var json = "{\"version\":\(formatVersion),\"sessions\":["
        json += index.sessions.map { session in
            "[\(quoted(session.slug)),\(quoted(session.title)),\(quoted(session.dates)),\(quoted(session.folder))]"
        }.joined(separator: ",")
        json += "],\"documents\":["
        json += index.documents.map { document in
            "[\(quoted(document.kind.rawValue)),\(document.session.map(String.init) ?? "-1"),\(quoted(document.label)),"
                + "\(quoted(document.href)),\(quoted(document.text)),["
                + document.keys.map { String(number(of: $0)) }.joined(separator: ",") + "]]"
        }.joined(separator: ",")
        json += "],\"keys\":["
        json += keys.map(quoted).joined(separator: ",")
        json += "],\"tokens\":["
        json += index.postings.map { quoted($0.token) }.joined(separator: ",")
        json += "],\"postings\":["
        json += index.postings.map { quoted(PostingsEncoding.encode($0.documents)) }.joined(separator: ",")
        json += "]}"
        return Data("window.\(variable) = JSON.parse('\(javaScriptSingleQuoted(json))');\n".utf8)
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// JSON text inside a single-quoted JavaScript string: backslashes doubled, quotes escaped.
    static func javaScriptSingleQuoted(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count + json.utf8.count / 16)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
