import Foundation

/// Adds to an HTML page, as it is served, the live-reload script and, while the last rebuild failed, the
/// diagnostics overlay: just before the page's last `</body>` (any case), or at its end when it has none.
/// The files on disk are never changed.
enum ServeTimeInjection {
    static func snippet(for state: LiveReload.State) -> String {
        (state.failure.map(DiagnosticsOverlay.html) ?? "") + LiveReloadScript.tag(generation: state.generation)
    }

    static func inject(_ snippet: String, into page: Data) -> Data {
        let bytes = [UInt8](page)
        let closingTag = Array("</body>".utf8)
        var insertion = bytes.count
        if bytes.count >= closingTag.count {
            for start in stride(from: bytes.count - closingTag.count, through: 0, by: -1)
            where zip(bytes[start...], closingTag).allSatisfy({ asciiLowercased($0) == $1 }) {
                insertion = start
                break
            }
        }
        var result = Data(bytes[..<insertion])
        result.append(Data(snippet.utf8))
        result.append(contentsOf: bytes[insertion...])
        return result
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
