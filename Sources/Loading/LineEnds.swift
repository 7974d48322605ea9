/// The one rule for line ends in text that comes from outside (content files, extracted source text):
/// CRLF and a lone CR are read as LF.
public enum LineEnds {
    /// `text` with every CRLF and lone CR turned into LF; the text itself when it has no CR, which is the
    /// usual case, so that reading a file costs one scan of its bytes.
    public static func unified(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(0x0D) else { return text }
        var unified: [UInt8] = []
        unified.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            unified.append(previousWasCR ? 0x0A : byte)
        }
        return String(decoding: unified, as: UTF8.self)
    }
}
