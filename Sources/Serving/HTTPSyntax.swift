/// The classes of bytes of HTTP/1.1's grammar (RFC 9110 §5.6, RFC 9112 §3) that the request head
/// parser needs.
enum HTTPSyntax {
    private static let tokenSymbols = Array("!#$%&'*+-.^_`|~".utf8)

    /// A byte of a method or a field name (`tchar`).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        default:
            tokenSymbols.contains(byte)
        }
    }

    /// A byte of a request target: visible ASCII, no space or control character.
    static func isTargetByte(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }

    /// A byte of a field value: visible characters, spaces and tabs, and bytes above ASCII; no control
    /// character (CR and NUL among them).
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        isSpaceOrTab(byte) || (0x21...0x7E).contains(byte) || byte >= 0x80
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    static func trimmingSpacesAndTabs(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !isSpaceOrTab($0) }),
              let last = bytes.lastIndex(where: { !isSpaceOrTab($0) }) else { return [] }
        return bytes[first...last]
    }
}
