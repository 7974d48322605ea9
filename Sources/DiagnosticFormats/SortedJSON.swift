import Foundation

/// JSON the way every format here writes it: keys sorted, indented, slashes left alone, so that two
/// runs on the same content print the same bytes.
enum SortedJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The documents are made of strings and integers only, which always encode.
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
