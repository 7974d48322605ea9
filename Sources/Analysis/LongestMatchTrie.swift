/// Finds words in text in one pass, longest match first (非定罪没收 before 没收, 白俄罗斯 before 俄罗斯),
/// as a trie over Unicode scalars. A word may be entered without a value to block shorter matches
/// inside it (发展中国家 holds 中国, but does not name China).
public struct LongestMatchTrie<Value: Sendable>: Sendable {
    /// The trie's nodes, by index: each one's children, and, at the end of a word, the word's value
    /// (nil for a blocking word). Kept in two arrays so that walking copies nothing.
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var terminals: [Value??] = [nil]

    public init() {}

    /// Adds `word`; `value` nil makes it a blocking word. A word added twice keeps its first value.
    public mutating func insert(_ word: String, value: Value?) {
        var index = 0
        for scalar in word.unicodeScalars {
            if let next = children[index][scalar] {
                index = next
            } else {
                children.append([:])
                terminals.append(nil)
                children[index][scalar] = children.count - 1
                index = children.count - 1
            }
        }
        if index != 0, terminals[index] == nil { terminals[index] = .some(value) }
    }

    public struct Match: Sendable {
        /// In UTF-8 byte offsets of the text.
        public let utf8Range: Range<Int>
        public let value: Value
    }

    /// Every longest, non-overlapping match from left to right; blocking words are skipped over.
    public func matches(in text: String) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var result: [Match] = []
        var start = 0
        while start < scalars.count {
            var index = 0
            var position = start
            var longest: (end: Int, value: Value?)?
            while position < scalars.count, let next = children[index][scalars[position]] {
                index = next
                position += 1
                if let terminal = terminals[index] { longest = (position, terminal) }
            }
            if let longest {
                if let value = longest.value {
                    result.append(Match(utf8Range: offsets[start]..<offsets[longest.end], value: value))
                }
                start = longest.end
            } else {
                start += 1
            }
        }
        return result
    }
}
