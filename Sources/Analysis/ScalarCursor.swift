import Model

/// The text being scanned as Unicode scalars, with the UTF-8 offset of each, so that matches found on
/// scalars can be reported as byte ranges of the original string.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of scalar `i`; `offsets[scalars.count]` is the text's length.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> {
        offsets[range.lowerBound]..<offsets[range.upperBound]
    }

    func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }

    /// Whether the scalars at `index` spell `word`.
    func matches(_ word: String, at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard self[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The index after any spaces (ASCII, no-break, ideographic) from `index`.
    func skipSpaces(_ index: Int) -> Int {
        var position = index
        while let scalar = self[position], scalar == " " || scalar == "\u{00A0}" || scalar == "\u{3000}" || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            position += 1
        }
        return position
    }

    /// Arabic digits at `index`: their value and the index after them.
    func arabicNumber(at index: Int) -> (value: Int, end: Int)? {
        var position = index
        var value = 0
        while let scalar = self[position], scalar.isASCIIDigit {
            guard position - index < 9 else { return nil }
            value = value * 10 + Int(scalar.value - 48)
            position += 1
        }
        return position > index ? (value, position) : nil
    }

    /// A Chinese numeral (五十四) at `index`.
    func chineseNumber(at index: Int) -> (value: Int, end: Int)? {
        var position = index
        while let scalar = self[position], ChineseNumeral.isNumeralCharacter(Character(scalar)) { position += 1 }
        guard position > index, let value = ChineseNumeral.value(of: string(index..<position)) else { return nil }
        return (value, position)
    }

    /// An arabic or Chinese number at `index`.
    func number(at index: Int) -> (value: Int, end: Int)? {
        arabicNumber(at: index) ?? chineseNumber(at: index)
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }
    var isASCIIUppercase: Bool { value >= 65 && value <= 90 }
    var isASCIILetterOrDigit: Bool {
        isASCIIDigit || isASCIIUppercase || (value >= 97 && value <= 122)
    }
}
