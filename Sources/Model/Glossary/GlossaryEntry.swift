/// A term of the bilingual glossary: the Chinese term and the forms the text uses, the English term in
/// UN usage, definitions in both languages, and what it relates to.
public struct GlossaryEntry: Sendable, Hashable {
    /// A stable slug, the entry's anchor: `non-conviction-based-confiscation`.
    public var id: String
    public var zh: String
    /// Other Chinese forms of the term that occur in records (被盗资产追回举措 for 追回被盗资产举措).
    public var variants: [String]
    public var en: String
    /// The UN's abbreviation, when it uses one (UNCAC, StAR, FIU).
    public var abbreviation: String?
    public var definition: BilingualText
    /// The Convention's own form of the term, when the records use another (recognised in text too).
    public var conventionForm: ConventionForm?
    /// Related Convention articles.
    public var articles: [Int]
    /// Ids of related entries.
    public var related: [String]

    public init(id: String, zh: String, variants: [String] = [], en: String, abbreviation: String? = nil,
                definition: BilingualText, conventionForm: ConventionForm? = nil, articles: [Int] = [], related: [String] = []) {
        self.id = id
        self.zh = zh
        self.variants = variants
        self.en = en
        self.abbreviation = abbreviation
        self.definition = definition
        self.conventionForm = conventionForm
        self.articles = articles
        self.related = related
    }

    /// The English term with its abbreviation, as tooltips show it: `financial intelligence unit (FIU)`.
    public var englishLabel: String {
        abbreviation.map { "\(en) (\($0))" } ?? en
    }

    /// Every Chinese form that denotes the entry: the term, its variants, then the Convention's form.
    public var chineseForms: [String] {
        let forms = [zh] + variants
        guard let convention = conventionForm?.zh, !forms.contains(convention) else { return forms }
        return forms + [convention]
    }

    /// The fragment of the entry on both glossary pages.
    public var anchor: String { "term-\(id)" }
}

/// The glossary, from `Content/glossary.yml`.
public struct Glossary: Sendable, Hashable {
    public var entries: [GlossaryEntry]
    /// Entries whose terms are never linked in the text: the record's most common words (工作组, 公约),
    /// which would otherwise put much of every paragraph under a dotted line. They are still found by
    /// search, counted on the glossary pages, and shown when a reader turns on every term.
    public var unlinked: Set<String>
    private var byID: [String: Int]

    public init(entries: [GlossaryEntry], unlinked: Set<String> = []) {
        self.entries = entries
        self.unlinked = unlinked
        self.byID = Dictionary(entries.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    }

    public static let empty = Glossary(entries: [])

    public func entry(id: String) -> GlossaryEntry? {
        byID[id].map { entries[$0] }
    }
}

/// Where a glossary term occurs: a paragraph of a session, and how many times.
public struct GlossaryOccurrence: Sendable, Hashable, Codable {
    public var sessionSlug: String
    public var paragraph: Int
    public var entryID: String
    public var count: Int
    /// The paragraph's first use of the term, in its words.
    public var snippet: TermSnippet?

    public init(sessionSlug: String, paragraph: Int, entryID: String, count: Int, snippet: TermSnippet? = nil) {
        self.sessionSlug = sessionSlug
        self.paragraph = paragraph
        self.entryID = entryID
        self.count = count
        self.snippet = snippet
    }
}

/// A use of a term as the record writes it: a few characters before, the term's form, a few after.
public struct TermSnippet: Sendable, Hashable, Codable {
    public var before: String
    public var term: String
    public var after: String
    /// The text goes on before `before` / after `after`.
    public var isCutBefore = false
    public var isCutAfter = false

    /// How many characters of the text a snippet shows on each side of the term.
    public static let context = 20

    public init(before: String, term: String, after: String) {
        self.before = before
        self.term = term
        self.after = after
    }

    /// The use at `utf8Range` of `text` (a range on its scalars' boundaries), with up to `context`
    /// characters each side; nil if the range does not fall inside the text.
    public init?(in text: String, utf8Range: Range<Int>) {
        let utf8 = text.utf8
        guard utf8Range.lowerBound >= 0, utf8Range.upperBound <= utf8.count,
              let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound, limitedBy: utf8.endIndex),
              let end = utf8.index(utf8.startIndex, offsetBy: utf8Range.upperBound, limitedBy: utf8.endIndex) else { return nil }
        let before = text[..<start], after = text[end...]
        self.init(before: String(before.suffix(Self.context)), term: String(text[start..<end]), after: String(after.prefix(Self.context)))
        isCutBefore = before.count > Self.context
        isCutAfter = after.count > Self.context
    }
}
