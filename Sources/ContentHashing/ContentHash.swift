import Foundation

/// A 64-bit FNV-1a hash of bytes, written as 16 hex digits: what the build cache compares to know that
/// a file, or a set of files and options, is unchanged. Stable across runs and machines (unlike `Hasher`).
public struct ContentHash: Sendable {
    public init() {}

    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { buffer in add(buffer) }
    }

    /// Text, then a separator, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        add(text.utf8)
        add([0xFF])
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
