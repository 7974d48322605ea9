import Diagnostics
import Model

/// Finds references in Chinese text: articles of the Convention (`第 54 条`, `第五十四条`, `第 54 和 55 条`,
/// `第 57 条第 3(b)和(c)款`), its chapters (`第五章`, `第三和四章`), resolutions (`第 4/4 号决议`,
/// `安全理事会第 1970 (2007)号…决议`) and UN document symbols (`CAC/COSP/WG.2/2009/3`, `… 和 Add.1-3`).
///
/// One pass over the text; spaces between the parts are tolerated. Words that only look alike
/// (`第六次会议`, `第二周期`, `第 25 段`, `第五届会议`, a number without 决议) are not references.
public struct ReferenceScanner: Sendable {
    /// The highest article number; a higher one is reported, not linked.
    public let lastArticle: Int
    public let lastChapter: Int
    /// The body of a resolution whose text names none (the report's parent body).
    public let defaultResolutionBody: ResolutionBody

    public init(lastArticle: Int = 71, lastChapter: Int = 8, defaultResolutionBody: ResolutionBody = .conferenceOfStatesParties) {
        self.lastArticle = lastArticle
        self.lastChapter = lastChapter
        self.defaultResolutionBody = defaultResolutionBody
    }

    public init(registry: ConventionRegistry) {
        self.init(lastArticle: registry.lastArticle > 0 ? registry.lastArticle : 71,
                  lastChapter: registry.chapters.last?.number ?? 8)
    }

    public struct Result: Sendable, Hashable {
        public var references: [Reference] = []
        public var problems: [ScanProblem] = []
    }

    public func scan(_ string: String) -> Result {
        let text = ScalarText(string)
        var result = Result()
        var index = 0
        while index < text.count {
            guard let scalar = text[index] else { break }
            if scalar == "第" {
                if let end = scanArticles(text, at: index, into: &result)
                    ?? scanChapters(text, at: index, into: &result)
                    ?? scanResolutions(text, at: index, into: &result) {
                    index = end
                    continue
                }
            } else if scalar.isASCIIUppercase, !(text[index - 1]?.isASCIILetterOrDigit ?? false), text[index - 1] != "/",
                      let end = scanSymbol(text, at: index, into: &result) {
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    // MARK: Articles

    private static let listSeparators: Set<Unicode.Scalar> = ["、", "和", "及", "与", "，", ","]

    /// `第 54 条`, `第 54、55 和 57 条`, then optionally `第 3(b)和(c)款`.
    private func scanArticles(_ text: ScalarText, at start: Int, into result: inout Result) -> Int? {
        var numbers: [(value: Int, range: Range<Int>)] = []
        var position = text.skipSpaces(start + 1)
        guard let first = text.number(at: position) else { return nil }
        numbers.append((first.value, position..<first.end))
        position = first.end
        while true {
            let separator = text.skipSpaces(position)
            guard let scalar = text[separator], Self.listSeparators.contains(scalar) else { break }
            let next = text.skipSpaces(separator + 1)
            guard let number = text.number(at: next) else { break }
            numbers.append((number.value, next..<number.end))
            position = number.end
        }
        let marker = text.skipSpaces(position)
        guard text[marker] == "条" else { return nil }
        var end = marker + 1
        var subdivisions: [String] = []
        let after = text.skipSpaces(end)
        if let parts = scanSubdivisions(text, at: after) {
            subdivisions = parts.names
            end = parts.end
        } else if text[after] == "第", (after + 1..<min(after + 14, text.count)).contains(where: { text[$0] == "款" }) {
            result.problems.append(ScanProblem(
                utf8Offset: text.offsets[after],
                message: "cannot read the paragraph of the article cited before it; write it like '第 3(b)款' or '第 2 和 3 款'",
                rule: .referenceUnreadable))
        }
        let single = numbers.count == 1
        for number in numbers {
            guard (1...lastArticle).contains(number.value) else {
                result.problems.append(ScanProblem(
                    utf8Offset: text.offsets[number.range.lowerBound],
                    message: "article \(number.value) does not exist: the Convention has \(lastArticle) articles",
                    rule: .referenceOutOfRange))
                continue
            }
            let range = single ? start..<end : number.range
            result.references.append(Reference(target: .article(number.value), utf8Range: text.byteRange(range),
                                               subdivisions: single ? subdivisions : []))
        }
        return end
    }

    /// `第 3(b)款`, `第 3(b)和(c)款`, `第 2 和 3 款`: each named part as `(3)(b)`.
    private func scanSubdivisions(_ text: ScalarText, at start: Int) -> (names: [String], end: Int)? {
        guard text[start] == "第" else { return nil }
        var position = text.skipSpaces(start + 1)
        var names: [String] = []
        var currentParagraph: String?
        while true {
            var name = ""
            if let number = text.arabicNumber(at: position) {
                currentParagraph = "(\(number.value))"
                name = currentParagraph ?? ""
                position = number.end
            } else if text[position] == "(", let paragraph = currentParagraph {
                name = paragraph
            } else {
                return nil
            }
            var letters = false
            while text[position] == "(", let letter = text[position + 1], letter.isASCIILetterOrDigit, text[position + 2] == ")" {
                name += "(\(Character(letter)))"
                position += 3
                letters = true
            }
            if !letters, name == currentParagraph, text[position] == "(" { return nil }
            names.append(name)
            let separator = text.skipSpaces(position)
            if let scalar = text[separator], Self.listSeparators.contains(scalar) {
                position = text.skipSpaces(separator + 1)
                continue
            }
            guard text[separator] == "款" || text[separator] == "项" else { return nil }
            return (names, separator + 1)
        }
    }

    // MARK: Chapters of the Convention

    /// `第五章`, `第三和四章`, `第三章和第四章`.
    private func scanChapters(_ text: ScalarText, at start: Int, into result: inout Result) -> Int? {
        var found: [(value: Int, range: Range<Int>)] = []
        var groupStart = start
        var end = start
        while true {
            var position = text.skipSpaces(groupStart + 1)
            var group: [(value: Int, range: Range<Int>)] = []
            guard let first = text.number(at: position) else { break }
            group.append((first.value, position..<first.end))
            position = first.end
            while let scalar = text[text.skipSpaces(position)], Self.listSeparators.contains(scalar),
                  let next = text.number(at: text.skipSpaces(text.skipSpaces(position) + 1)) {
                let nextStart = text.skipSpaces(text.skipSpaces(position) + 1)
                group.append((next.value, nextStart..<next.end))
                position = next.end
            }
            let marker = text.skipSpaces(position)
            guard text[marker] == "章" else { break }
            if group.count == 1 {
                found.append((group[0].value, groupStart..<marker + 1))
            } else {
                found.append(contentsOf: group)
            }
            end = marker + 1
            // `第三章和第四章`: another chapter group follows.
            let separator = text.skipSpaces(end)
            guard let scalar = text[separator], Self.listSeparators.contains(scalar) else { break }
            let next = text.skipSpaces(separator + 1)
            guard text[next] == "第" else { break }
            groupStart = next
        }
        guard !found.isEmpty else { return nil }
        for chapter in found {
            guard (1...lastChapter).contains(chapter.value) else {
                result.problems.append(ScanProblem(utf8Offset: text.offsets[chapter.range.lowerBound],
                                                   message: "chapter \(chapter.value) does not exist: the Convention has \(lastChapter) chapters",
                                                   rule: .referenceOutOfRange))
                continue
            }
            result.references.append(Reference(target: .conventionChapter(chapter.value), utf8Range: text.byteRange(chapter.range)))
        }
        return end
    }

    // MARK: Resolutions

    /// `第 1/4、2/3 和 4/4 号决议`; `第 1970 (2007)号和第 1973 (2007)号决议`. Without 决议 it is no reference.
    private func scanResolutions(_ text: ScalarText, at start: Int, into result: inout Result) -> Int? {
        var numbers: [Range<Int>] = []
        var groupStart = start
        while true {
            var position = text.skipSpaces(groupStart + 1)
            guard let first = resolutionNumber(text, at: position) else { return nil }
            numbers.append(position..<first)
            position = first
            while let scalar = text[text.skipSpaces(position)], Self.listSeparators.contains(scalar) {
                let next = text.skipSpaces(text.skipSpaces(position) + 1)
                guard let end = resolutionNumber(text, at: next) else { break }
                numbers.append(next..<end)
                position = end
            }
            let marker = text.skipSpaces(position)
            guard text[marker] == "号" else { return nil }
            let after = text.skipSpaces(marker + 1)
            if text.matches("决议", at: after) {
                let body = resolutionBody(text, before: start, after: after + 2)
                for range in numbers {
                    let written = text.string(range).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
                    result.references.append(Reference(target: .resolution(Resolution(body: body, number: written)),
                                                       utf8Range: text.byteRange(range)))
                }
                return after + 2
            }
            guard let scalar = text[after], Self.listSeparators.contains(scalar) else { return nil }
            let next = text.skipSpaces(after + 1)
            guard text[next] == "第" else { return nil }
            groupStart = next
        }
    }

    /// `4/4` or `1970 (2007)`: the index after it.
    private func resolutionNumber(_ text: ScalarText, at index: Int) -> Int? {
        guard let first = text.arabicNumber(at: index) else { return nil }
        if text[first.end] == "/", let second = text.arabicNumber(at: first.end + 1) { return second.end }
        let open = text.skipSpaces(first.end)
        if text[open] == "(" || text[open] == "（", let year = text.arabicNumber(at: open + 1), year.end - open - 1 == 4,
           text[year.end] == ")" || text[year.end] == "）" {
            return year.end + 1
        }
        return nil
    }

    /// The body named nearest before the reference in its sentence, else the first named after it in
    /// the sentence, else the default.
    private func resolutionBody(_ text: ScalarText, before start: Int, after end: Int) -> ResolutionBody {
        let terminators: Set<Unicode.Scalar> = ["。", "；", "！", "？"]
        var sentenceStart = start
        while sentenceStart > 0, let scalar = text[sentenceStart - 1], !terminators.contains(scalar) { sentenceStart -= 1 }
        var best: (position: Int, body: ResolutionBody)?
        for position in sentenceStart..<start {
            for body in ResolutionBody.allCases where body.chineseNames.contains(where: { text.matches($0, at: position) }) {
                if best == nil || position >= (best?.position ?? 0) { best = (position, body) }
            }
        }
        if let best { return best.body }
        var position = end
        while let scalar = text[position], !terminators.contains(scalar) {
            for body in ResolutionBody.allCases where body.chineseNames.contains(where: { text.matches($0, at: position) }) {
                return body
            }
            position += 1
        }
        return defaultResolutionBody
    }

    // MARK: Document symbols

    /// `CAC/COSP/WG.2/2012/L.1`, then `和 Add.1-3` naming its addenda.
    private func scanSymbol(_ text: ScalarText, at start: Int, into result: inout Result) -> Int? {
        var position = start
        var segments: [Range<Int>] = []
        while true {
            let segmentStart = position
            while let scalar = text[position], scalar.isASCIILetterOrDigit || scalar == "." || scalar == "-" { position += 1 }
            guard position > segmentStart else { break }
            segments.append(segmentStart..<position)
            guard text[position] == "/", let next = text[position + 1], next.isASCIILetterOrDigit else { break }
            position += 1
        }
        guard segments.count >= 3, let first = segments.first,
              (first.lowerBound..<first.upperBound).allSatisfy({ text[$0]?.isASCIIUppercase ?? false }),
              first.count >= 2 else { return nil }
        var end = position
        while end > start, text[end - 1] == "." || text[end - 1] == "-" { end -= 1 }
        let symbol = text.string(start..<end)
        result.references.append(Reference(target: .document(symbol), utf8Range: text.byteRange(start..<end)))
        // `… 和 Add.1-3`, `… and Corr.1`: addenda of the symbol just read.
        let separator = text.skipSpaces(end)
        if let scalar = text[separator], Self.listSeparators.contains(scalar) {
            let suffixStart = text.skipSpaces(separator + 1)
            for kind in ["Add.", "Corr.", "Rev."] where text.matches(kind, at: suffixStart) {
                var suffixEnd = suffixStart + kind.unicodeScalars.count
                guard text.arabicNumber(at: suffixEnd) != nil else { break }
                while let scalar = text[suffixEnd], scalar.isASCIIDigit || scalar == "-" { suffixEnd += 1 }
                let suffix = text.string(suffixStart..<suffixEnd)
                result.references.append(Reference(target: .document("\(symbol)/\(suffix)"),
                                                   utf8Range: text.byteRange(suffixStart..<suffixEnd)))
                return suffixEnd
            }
        }
        return end
    }
}
