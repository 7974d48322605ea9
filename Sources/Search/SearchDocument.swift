/// One thing search can find: a report paragraph, a work-plan item, an article, a glossary term or a
/// participant. It holds plain text only, never HTML.
public struct SearchDocument: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case paragraph = "p"
        case workPlanItem = "w"
        case article = "a"
        case term = "t"
        case participant = "n"

        /// Entries of the reference pages rank before the record's paragraphs at equal match.
        public var isEntity: Bool {
            switch self {
            case .article, .term, .participant: return true
            case .paragraph, .workPlanItem: return false
            }
        }
    }

    public var kind: Kind
    /// The position of the document's session in the index's session list, if it belongs to one.
    public var session: Int?
    /// What the result is called: 第 25 段, 第五十四条 …
    public var label: String
    /// The page and fragment, relative to the session's folder for a document of a session
    /// (`chapter-3.html#p25`), else to the site root (`articles/54.html`).
    public var href: String
    /// The text shown in snippets and searched as a phrase.
    public var text: String
    /// Further names that find the document but are not its text: the English names of the terms,
    /// participants and articles it mentions, so that `non-conviction` finds 非定罪没收.
    public var keys: [String]

    /// Between the names of an entry in its text and in its line of keys (`search.js` splits on it to
    /// rank an entry whose name is the query first).
    public static let nameSeparator = " · "

    public init(kind: Kind, session: Int? = nil, label: String, href: String, text: String, keys: [String] = []) {
        self.kind = kind
        self.session = session
        self.label = label
        self.href = href
        self.text = text
        self.keys = keys
    }
}

/// A session as search results name it.
public struct SearchSession: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var dates: String
    /// The session's folder, relative to the site root, with a final slash: `sessions/x/`.
    public var folder: String

    public init(slug: String, title: String, dates: String, folder: String) {
        self.slug = slug
        self.title = title
        self.dates = dates
        self.folder = folder
    }
}
