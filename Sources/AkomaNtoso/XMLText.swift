/// Escaping for the XML that the Akoma Ntoso writer makes: text and attribute values from content are
/// untrusted, so every one goes through here. Characters that XML 1.0 cannot hold at all (control
/// characters other than tab, line feed and carriage return; lone surrogates cannot occur in a Swift
/// string; U+FFFE and U+FFFF) become U+FFFD, so that the file is always well-formed.
enum XMLText {
    /// `text` as character data or as an attribute value (quotes escaped too, so it fits both).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// Whether XML 1.0 allows the character (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// A value for an `eId` or an IRI segment made from a name in content: ASCII letters, digits, `_` and
    /// `-` kept, any other character as `.<hex>.` (`Côte` → `C.f4.te`), so that two names never give one eId.
    static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isASCIIAlphanumeric = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            if isASCIIAlphanumeric || scalar == "_" || scalar == "-" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "." + String(value, radix: 16) + "."
            }
        }
        return result
    }
}

/// A piece of XML being written: elements open and close in order, attributes are escaped.
struct XMLBuilder {
    private(set) var xml = ""

    /// `<name a="…">`: attributes with a nil value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        xml += "<\(name)\(Self.attributes(attributes))>"
    }

    mutating func close(_ name: String) {
        xml += "</\(name)>"
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        xml += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// `<name a="…">text</name>`, the text escaped.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    mutating func text(_ text: String) {
        xml += XMLText.escape(text)
    }

    /// XML that is already made (by another builder).
    mutating func raw(_ markup: String) {
        xml += markup
    }

    /// A line break between elements, where the schema allows only elements (whitespace is ignored there).
    mutating func newline() {
        xml += "\n"
    }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(XMLText.escape($0))\"" } }.joined()
    }
}
