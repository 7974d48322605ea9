/// The two kinds of writing in a Chinese UN record, as line joining and spacing see them.
extension Character {
    /// A Chinese character or full-width punctuation (，。（）…): anything that is neither ASCII nor white space.
    /// Chinese text has no spaces between its words.
    var isWide: Bool { !isASCII && !isWhitespace }

    /// An ASCII letter or digit: the characters of numbers, symbols and English names, which the record
    /// sets off from Chinese characters with a space (`第 52 条`).
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }

    /// An ASCII digit 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
