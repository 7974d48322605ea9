/// Writes a token's ascending document numbers compactly, as printable ASCII safe in a JavaScript
/// string: each gap from the previous number in 5-bit groups, low group first, one character each;
/// characters 0–31 of the alphabet end a number, 32–63 say another group follows.
public enum PostingsEncoding {
    public static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    public static func encode(_ documents: [Int32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count)
        var previous: Int32 = -1
        for document in documents {
            var gap = UInt32(document - previous)
            previous = document
            while gap >= 32 {
                bytes.append(alphabet[Int(32 + (gap & 31))])
                gap >>= 5
            }
            bytes.append(alphabet[Int(gap)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The inverse of `encode`; nil when `text` is not an encoding.
    public static func decode(_ text: String) -> [Int32]? {
        var values: [UInt8: UInt32] = [:]
        for (index, byte) in alphabet.enumerated() { values[byte] = UInt32(index) }
        var documents: [Int32] = []
        var previous: Int64 = -1
        var gap: UInt32 = 0
        var shift: UInt32 = 0
        for byte in text.utf8 {
            guard let value = values[byte], shift < 32 else { return nil }
            gap |= (value & 31) << shift
            if value >= 32 {
                shift += 5
                continue
            }
            previous += Int64(gap)
            guard previous <= Int64(Int32.max) else { return nil }
            documents.append(Int32(previous))
            gap = 0
            shift = 0
        }
        return shift == 0 ? documents : nil
    }
}
