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
        // Written once, in one buffer: JSON inside a single-quoted JavaScript string (an index of a
        // thousand sessions is tens of megabytes; no intermediate copies).
        var out = ScriptBuffer(capacity: index.documents.reduce(0) { $0 + $1.text.utf8.count } * 2 + 1_000_000)
        out.raw("window.\(variable) = JSON.parse('{\"version\":\(formatVersion),\"sessions\":[")
        for (position, session) in index.sessions.enumerated() {
            out.raw(position == 0 ? "[" : ",[")
            out.strings([session.slug, session.title, session.dates, session.folder])
            out.raw("]")
        }
        out.raw("],\"documents\":[")
        for (position, document) in index.documents.enumerated() {
            out.raw(position == 0 ? "[" : ",[")
            out.string(document.kind.rawValue)
            out.raw(",\(document.session.map(String.init) ?? "-1"),")
            out.strings([document.label, document.href, document.text])
            out.raw(",[" + document.keys.map { String(number(of: $0)) }.joined(separator: ",") + "]]")
        }
        out.raw("],\"keys\":[")
        out.strings(keys)
        out.raw("],\"tokens\":[")
        out.strings(index.postings.map(\.token))
        out.raw("],\"postings\":[")
        for (position, posting) in index.postings.enumerated() {
            if position > 0 { out.raw(",") }
            out.string(PostingsEncoding.encode(posting.documents))
        }
        out.raw("]}');\n")
        return Data(out.bytes)
    }
}

/// Bytes of the index script, with JSON strings escaped twice: for JSON, then for the single-quoted
/// JavaScript string that holds the JSON.
struct ScriptBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func strings(_ texts: [String]) {
        for (position, text) in texts.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            string(text)
        }
    }

    /// A JSON string literal of `text`, inside the JavaScript string: `\\` and `'` escaped once more.
    /// Works on the UTF-8 bytes: every character to escape is ASCII, but for the line and paragraph
    /// separators U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): raw("\\\\\"")            // JSON \" → JS \\"
            case UInt8(ascii: "\\"): raw("\\\\\\\\")        // JSON \\ → JS \\\\
            case UInt8(ascii: "'"): raw("\\'")                // JS \'
            case UInt8(ascii: "\n"): raw("\\\\n")
            case UInt8(ascii: "\r"): raw("\\\\r")
            case UInt8(ascii: "\t"): raw("\\\\t")
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                raw("\\\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                raw(utf8[index + 2] == 0xA8 ? "\\\\u2028" : "\\\\u2029")
                index += 2
            default:
                bytes.append(byte)
            }
            index += 1
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
