/// `%` and two capital hex digits: how both URIs and GitHub's workflow commands escape a byte.
enum PercentEncoding {
    static func escape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" + hex : hex)
    }
}
