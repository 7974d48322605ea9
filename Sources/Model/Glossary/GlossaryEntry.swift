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

    public init(sessionSlug: String, paragraph: Int, entryID: String, count: Int) {
        self.sessionSlug = sessionSlug
        self.paragraph = paragraph
        self.entryID = entryID
        self.count = count
    }
}
