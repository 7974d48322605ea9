import Model

/// Every reference of every session, gathered by what it cites: the article, resolution and document
/// indexes are built from this once, whatever the number of sessions.
public struct ReferenceIndex: Sendable {
    public let mentionsByTarget: [ReferenceTarget: [ReferenceMention]]

    /// `sessionOrder` lists the slugs in the order the site shows sessions.
    public init(mentions: [ReferenceMention], sessionOrder: [String]) {
        let rank = Dictionary(uniqueKeysWithValues: sessionOrder.enumerated().map { ($0.element, $0.offset) })
        var byTarget: [ReferenceTarget: [ReferenceMention]] = [:]
        for mention in mentions { byTarget[mention.target, default: []].append(mention) }
        self.mentionsByTarget = byTarget.mapValues { list in
            list.sorted { lhs, rhs in
                (rank[lhs.sessionSlug] ?? .max, lhs.place.paragraph, lhs.location.line, lhs.location.column)
                    < (rank[rhs.sessionSlug] ?? .max, rhs.place.paragraph, rhs.location.line, rhs.location.column)
            }
        }
    }

    public func mentions(of target: ReferenceTarget) -> [ReferenceMention] {
        mentionsByTarget[target] ?? []
    }

    /// The cited articles, in order.
    public var citedArticles: [Int] {
        mentionsByTarget.keys.compactMap { if case .article(let number) = $0 { return number } else { return nil } }.sorted()
    }

    public var resolutions: [Resolution] {
        mentionsByTarget.keys.compactMap { if case .resolution(let resolution) = $0 { return resolution } else { return nil } }
            .sorted { ReferenceTarget.resolution($0) < ReferenceTarget.resolution($1) }
    }

    public var documents: [String] {
        mentionsByTarget.keys.compactMap { if case .document(let symbol) = $0 { return symbol } else { return nil } }.sorted()
    }
}
