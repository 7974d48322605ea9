import Diagnostics
import Foundation

/// A content file's text: valid UTF-8, without a byte-order mark, with `\n` line ends.
public struct TextFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes `data`, or says at which byte it stops being UTF-8.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> TextFile {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidByte(in: bytes)
            throw Diagnostic.error(
                "the file is not valid UTF-8 (byte offset \(offset)); save it as UTF-8",
                at: location(ofByte: offset, in: bytes, path: path),
                rule: .encodingInvalid
            )
        }
        return TextFile(path: path, text: LineEnds.unified(text))
    }

    public static func read(_ path: String, from fileSystem: FileSystem) throws(Diagnostic) -> TextFile {
        let data: Data
        do {
            data = try fileSystem.readFile(path)
        } catch {
            throw Diagnostic.error("cannot read the file: \(error.localizedDescription)", at: SourceLocation(path: path), rule: .fileUnreadable)
        }
        return try decode(data, path: path)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error:
                return offset
            case .emptyInput:
                return offset
            }
        }
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let prefix = bytes[0..<min(offset, bytes.count)]
        let line = prefix.filter { $0 == 0x0A }.count + 1
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
