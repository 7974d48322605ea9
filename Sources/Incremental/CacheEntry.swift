import ContentHashing
import Foundation

/// One entry of the build cache on disk (`<slug>.entry`): a header line, then the outcome's bytes.
///
///     rapporteur-cache-2 <input key> <SHA-256 of the outcome's bytes>\n
///     <the outcome, as JSON>
///
/// The hash covers exactly the bytes after the first newline. An entry is read only when its header has
/// this format version, the input key asked for, and the hash of the bytes that follow it; anything else
/// (edited, truncated, garbage, another key) is no entry at all.
public enum CacheEntry {
    /// The format of the entries, and the name of the folder that holds them (a new format starts an empty
    /// cache beside the old one).
    public static let formatVersion = "rapporteur-cache-2"

    /// The bytes of an entry holding `outcome`, built from the inputs whose key is `key`.
    public static func encode(_ outcome: Data, key: String) -> Data {
        Data("\(formatVersion) \(key) \(SHA256.hex(of: outcome))\n".utf8) + outcome
    }

    /// The outcome's bytes if `entry` is a well-formed entry for `key` whose bytes have the recorded hash.
    public static func verifiedOutcome(of entry: Data, key: String) -> Data? {
        guard let newline = entry.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: entry[entry.startIndex..<newline], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        let outcome = Data(entry[entry.index(after: newline)...])
        guard header.count == 3, header[0] == formatVersion, header[1] == key, header[2] == SHA256.hex(of: outcome) else { return nil }
        return outcome
    }
}
