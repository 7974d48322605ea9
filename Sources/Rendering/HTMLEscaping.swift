import Mustache

/// Escaping for HTML: for the pieces of HTML that Swift writes itself (annotation tags, the development
/// server's diagnostics overlay) and, as the templates' content type, for every `{{value}}` of the theme.
/// The same five characters as Mustache's own escaping (`< > & " '`), on UTF-8 bytes: a text without
/// any of them, as most are, is returned as it is.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: result.append(contentsOf: "&amp;".utf8)
            case 0x3C: result.append(contentsOf: "&lt;".utf8)
            case 0x3E: result.append(contentsOf: "&gt;".utf8)
            case 0x22: result.append(contentsOf: "&quot;".utf8)
            case 0x27: result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The templates' content type: HTML, escaped by `HTMLEscaping` (Mustache's own escaping goes through
/// `Character`s and was a quarter of a large build's time). The theme loader puts the pragma that selects
/// it at the top of every template, so themes need not.
struct FastHTMLContentType: MustacheContentType {
    static let name = "RAPPORTEUR_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
