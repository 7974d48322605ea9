import Model

/// The pages of the site and how they link: the outcome of the link stage, which every page is rendered from.
public struct SiteMap: Sendable {
    public let sessions: [Session]
    private let chapterOfParagraph: [String: [Int: Int]]
    private let sessionIndex: [String: Int]

    /// `sessions` in the order the home page lists them (newest first).
    public init(sessions: [Session]) {
        self.sessions = sessions
        var index: [String: [Int: Int]] = [:]
        for session in sessions {
            var chapters: [Int: Int] = [:]
            for chapter in session.report.chapters {
                for paragraph in chapter.allParagraphs { chapters[paragraph.number] = chapter.number }
            }
            index[session.slug] = chapters
        }
        self.chapterOfParagraph = index
        self.sessionIndex = Dictionary(sessions.enumerated().map { ($0.element.slug, $0.offset) }) { first, _ in first }
    }

    /// The session with this slug.
    public func session(_ slug: String) -> Session? {
        sessionIndex[slug].map { sessions[$0] }
    }

    /// The language of the record, for `lang` on pages across sessions: the newest session's.
    public var recordLanguage: String { sessions.first?.metadata.language ?? "zh-Hans" }

    /// The session's place in `sessions`.
    public func position(of slug: String) -> Int? {
        sessionIndex[slug]
    }

    /// Every page the site has, in a stable order.
    public var pages: [PageAddress] {
        var result: [PageAddress] = [.home]
        for session in sessions {
            result.append(.session(session.slug))
            for chapter in session.report.chapters { result.append(.chapter(session.slug, chapter.number)) }
            result.append(.fullReport(session.slug))
            if session.workPlan != nil { result.append(.workPlan(session.slug)) }
        }
        return result
    }

    /// The permalink of paragraph `number` of a session: its chapter page and anchor.
    public func paragraph(_ number: Int, in slug: String) -> (page: SitePath, fragment: String)? {
        guard let chapter = chapterOfParagraph[slug]?[number] else { return nil }
        return (URLScheme.chapter(slug, chapter), Paragraph.anchor(for: number))
    }

    /// The chapters before and after `number` in a session, for previous/next links.
    public func neighbours(ofChapter number: Int, in session: Session) -> (previous: Chapter?, next: Chapter?) {
        let chapters = session.report.chapters
        guard let index = chapters.firstIndex(where: { $0.number == number }) else { return (nil, nil) }
        let previous = index > chapters.startIndex ? chapters[index - 1] : nil
        let next = index + 1 < chapters.endIndex ? chapters[index + 1] : nil
        return (previous, next)
    }
}

/// A page of the site, by what it shows.
public enum PageAddress: Sendable, Hashable {
    case home
    case session(String)
    case chapter(String, Int)
    case fullReport(String)
    case workPlan(String)

    public var path: SitePath {
        switch self {
        case .home: return URLScheme.home
        case .session(let slug): return URLScheme.session(slug)
        case .chapter(let slug, let number): return URLScheme.chapter(slug, number)
        case .fullReport(let slug): return URLScheme.fullReport(slug)
        case .workPlan(let slug): return URLScheme.workPlan(slug)
        }
    }
}
