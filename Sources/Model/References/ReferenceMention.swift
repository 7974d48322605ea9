import Diagnostics

/// One place where the record cites something: which session, which paragraph or work-plan item,
/// what is cited, and the sentence around it.
public struct ReferenceMention: Sendable, Hashable, Codable {
    public enum Place: Sendable, Hashable, Codable {
        case paragraph(Int)
        /// An item of the work plan that a report paragraph adopts.
        case workPlanItem(year: Int?, number: Int, anchor: String, paragraph: Int)
        /// The heading of a report chapter, which names what all its paragraphs discuss: a mention of its
        /// own (listed as "discussed in chapter V (paragraphs 25–35)"), not a citation by each paragraph.
        case chapterHeading(chapter: Int, paragraphs: ClosedRange<Int>)

        /// The report paragraph that holds the mention (for a work-plan item, the paragraph adopting the
        /// plan; for a chapter heading, the chapter's first paragraph).
        public var paragraph: Int {
            switch self {
            case .paragraph(let number): return number
            case .workPlanItem(_, _, _, let paragraph): return paragraph
            case .chapterHeading(_, let paragraphs): return paragraphs.lowerBound
            }
        }
    }

    public var sessionSlug: String
    public var place: Place
    public var target: ReferenceTarget
    /// For an article: the paragraphs and sub-paragraphs cited, `(3)(b)`.
    public var subdivisions: [String]
    public var excerpt: Excerpt
    public var location: SourceLocation

    public init(sessionSlug: String, place: Place, target: ReferenceTarget, subdivisions: [String], excerpt: Excerpt,
                location: SourceLocation) {
        self.sessionSlug = sessionSlug
        self.place = place
        self.target = target
        self.subdivisions = subdivisions
        self.excerpt = excerpt
        self.location = location
    }
}

/// The sentence around a mention, split so that the cited words can be highlighted.
public struct Excerpt: Sendable, Hashable, Codable {
    public var before: String
    public var match: String
    public var after: String

    public init(before: String, match: String, after: String) {
        self.before = before
        self.match = match
        self.after = after
    }

    /// The sentence of `text` that holds the UTF-8 range `range`, split around it.
    public init(sentenceOf text: String, around range: Range<Int>) {
        self.init(sentenceIn: Array(text.utf8), around: range)
    }

    /// The same, on the text's UTF-8 bytes (decode them once when a text has many mentions).
    public init(sentenceIn bytes: [UInt8], around range: Range<Int>) {
        /// Whether the bytes just before `index` are 。；！ or ？ (each three bytes in UTF-8).
        func endsTerminator(at index: Int) -> Bool {
            guard index >= 3 else { return false }
            let (first, second, third) = (bytes[index - 3], bytes[index - 2], bytes[index - 1])
            return (first == 0xE3 && second == 0x80 && third == 0x82)
                || (first == 0xEF && second == 0xBC && (third == 0x9B || third == 0x81 || third == 0x9F))
        }
        var start = max(0, min(range.lowerBound, bytes.count))
        while start > 0, !endsTerminator(at: start) { start -= 1 }
        var end = max(start, min(range.upperBound, bytes.count))
        while end < bytes.count, !endsTerminator(at: end) { end += 1 }
        let lower = max(start, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, end))
        self.before = String(decoding: bytes[start..<lower], as: UTF8.self)
        self.match = String(decoding: bytes[lower..<upper], as: UTF8.self)
        self.after = String(decoding: bytes[upper..<end], as: UTF8.self)
    }
}
