/// Splits text into the tokens of the search index: words of letters and digits, and overlapping
/// bigrams of Chinese characters (a lone character is its own token), so that any query of two or more
/// Chinese characters is found wherever it occurs, without a word segmenter.
///
/// `Themes/default/assets/search.js` implements the same rules for queries; the two are tested on the
/// same cases (`Tests/Fixtures/search-tokenizer-cases.json`). Change both together.
public enum SearchTokenizer {
    /// Folds one Unicode scalar the way both tokenizers do: full-width digits and Latin letters to ASCII,
    /// and capitals to small letters (É → é, Р → р) where the small letter is one scalar of the same
    /// UTF-16 length (so İ stays). A match in folded text is thus at the same offset in the original.
    /// Chinese punctuation (，（）：) is kept.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(value + 0x20) ?? scalar
        case 0xFF10...0xFF19: return Unicode.Scalar(value - 0xFEE0) ?? scalar
        case 0xFF21...0xFF3A: return Unicode.Scalar(value - 0xFEE0 + 0x20) ?? scalar
        case 0xFF41...0xFF5A: return Unicode.Scalar(value - 0xFEE0) ?? scalar
        case 0..<0xC0, 0x2E80..<0xA640: return scalar   // ASCII and CJK have no other capitals
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            guard lower.count == 1, let first = lower.first, UTF16.width(first) == UTF16.width(scalar) else { return scalar }
            return first
        }
    }

    /// What a (folded) scalar is to the tokenizer.
    public enum ScalarClass: Sendable, Equatable {
        case ideograph
        case word
        case separator
    }

    public static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let properties = scalar.properties
        if properties.isIdeographic { return .ideograph }
        if properties.isAlphabetic || properties.numericType == .decimal { return .word }
        return .separator
    }

    /// The text folded as the index stores it for matching.
    public static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return String(result)
    }

    /// The tokens of `text`, in order, with repetitions.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0.text) }
        return tokens
    }

    /// A token as the index builder sees it: a word, or one or two Chinese characters.
    public enum Token: Hashable, Sendable {
        case word(String)
        /// One or two ideographs packed in one integer (21 bits each), to spare a string per bigram.
        case ideographs(UInt64)

        public var text: String {
            switch self {
            case .word(let word): return word
            case .ideographs(let packed):
                let first = UInt32(packed >> 21), second = UInt32(packed & 0x1F_FFFF)
                var scalars = String.UnicodeScalarView()
                if let scalar = Unicode.Scalar(first), first != 0 { scalars.append(scalar) }
                if let scalar = Unicode.Scalar(second) { scalars.append(scalar) }
                return String(scalars)
            }
        }
    }

    /// Calls `body` with each token of `text`, in order.
    public static func forEachToken(in text: String, _ body: (Token) -> Void) {
        var word = String.UnicodeScalarView()
        var ideographRun: [UInt32] = []

        func flushWord() {
            if !word.isEmpty { body(.word(String(word))) }
            word = String.UnicodeScalarView()
        }
        func flushIdeographs() {
            if ideographRun.count == 1 {
                body(.ideographs(UInt64(ideographRun[0])))
            } else if ideographRun.count > 1 {
                for index in 1..<ideographRun.count {
                    body(.ideographs(UInt64(ideographRun[index - 1]) << 21 | UInt64(ideographRun[index])))
                }
            }
            ideographRun.removeAll(keepingCapacity: true)
        }

        for original in text.unicodeScalars {
            let scalar = fold(original)
            switch classify(scalar) {
            case .ideograph:
                flushWord()
                ideographRun.append(scalar.value)
            case .word:
                flushIdeographs()
                word.append(scalar)
            case .separator:
                flushWord()
                flushIdeographs()
            }
        }
        flushWord()
        flushIdeographs()
    }
}
