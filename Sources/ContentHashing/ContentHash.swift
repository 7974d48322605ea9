import Foundation

/// A 64-bit FNV-1a hash of bytes, written as 16 hex digits: what the build cache compares to know that
/// a file, or a set of files and options, is unchanged. Stable across runs and machines (unlike `Hasher`).
public struct ContentHash: Sendable {
    public init() {}

    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        if let added: Void = bytes.withContiguousStorageIfAvailable({ add(buffer: UnsafeRawBufferPointer($0)) }) { return added }
        for byte in bytes { add(byte: byte) }
    }

    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { add(buffer: $0) }
    }

    /// Text, then a separator, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
        add(byte: 0xFF)
    }

    /// A hash of something else (eight bytes, least significant first).
    public mutating func add(word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    private mutating func add(buffer: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in buffer {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        self.value = value
    }

    private mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
