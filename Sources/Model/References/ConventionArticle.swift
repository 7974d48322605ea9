/// An article of the United Nations Convention against Corruption, with its official titles.
public struct ConventionArticle: Sendable, Hashable {
    public var number: Int
    /// The chapter (1–8) the article belongs to.
    public var chapter: Int
    public var title: BilingualText
    /// The sources the Chinese title was checked against (ids of `ConventionRegistry.sources`); empty
    /// when none confirms it, and the site then shows the title as unconfirmed.
    public var chineseTitleSources: [String]

    public init(number: Int, chapter: Int, title: BilingualText, chineseTitleSources: [String] = []) {
        self.number = number
        self.chapter = chapter
        self.title = title
        self.chineseTitleSources = chineseTitleSources
    }

    public var isChineseTitleConfirmed: Bool { !chineseTitleSources.isEmpty }
}

/// A chapter of the Convention (chapter V, Asset recovery, holds articles 51–59).
public struct ConventionChapter: Sendable, Hashable {
    public var number: Int
    public var roman: String
    public var title: BilingualText
    public var articles: ClosedRange<Int>

    public init(number: Int, roman: String, title: BilingualText, articles: ClosedRange<Int>) {
        self.number = number
        self.roman = roman
        self.title = title
        self.articles = articles
    }
}

/// The Convention's chapters and articles, from `Content/reference/articles.yml`.
public struct ConventionRegistry: Sendable, Hashable {
    public var chapters: [ConventionChapter]
    public var articles: [ConventionArticle]
    /// What the titles were checked against.
    public var sources: [ReferenceSource]
    private var articleIndex: [Int: Int]

    public init(chapters: [ConventionChapter], articles: [ConventionArticle], sources: [ReferenceSource] = []) {
        self.sources = sources
        self.chapters = chapters.sorted { $0.number < $1.number }
        self.articles = articles.sorted { $0.number < $1.number }
        self.articleIndex = Dictionary(self.articles.enumerated().map { ($0.element.number, $0.offset) }) { first, _ in first }
    }

    public static let empty = ConventionRegistry(chapters: [], articles: [])

    public func article(_ number: Int) -> ConventionArticle? {
        articleIndex[number].map { articles[$0] }
    }

    public func chapter(_ number: Int) -> ConventionChapter? {
        chapters.first { $0.number == number }
    }

    /// The highest article number (71 for the Convention).
    public var lastArticle: Int { articles.last?.number ?? 0 }
}
