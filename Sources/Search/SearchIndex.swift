/// The search index of a site: its sessions, its documents, and for every token the documents that hold
/// it. Built once per build from the documents of every session and of the reference pages.
public struct SearchIndex: Sendable {
    public let sessions: [SearchSession]
    public let documents: [SearchDocument]
    /// Every token, in the order of its UTF-16 code units (JavaScript's string order, so that the
    /// browser can binary-search it for prefixes), with its documents' numbers ascending.
    public let postings: [(token: String, documents: [Int32])]

    public init(sessions: [SearchSession], documents: [SearchDocument]) {
        self.sessions = sessions
        self.documents = documents
        var byToken: [SearchTokenizer.Token: [Int32]] = [:]
        var keyTokens: [String: [SearchTokenizer.Token]] = [:]
        for (number, document) in documents.enumerated() {
            let number = Int32(number)
            let add = { (token: SearchTokenizer.Token) in
                byToken[token, default: []].appendIfLast(isNot: number)
            }
            SearchTokenizer.forEachToken(in: document.label, add)
            SearchTokenizer.forEachToken(in: document.text, add)
            for key in document.keys {
                if keyTokens[key] == nil {
                    var tokens: [SearchTokenizer.Token] = []
                    SearchTokenizer.forEachToken(in: key) { tokens.append($0) }
                    keyTokens[key] = tokens
                }
                for token in keyTokens[key] ?? [] { add(token) }
            }
        }
        postings = byToken.map { (token: $0.key.text, documents: $0.value) }
            .sorted { $0.token.utf16.lexicographicallyPrecedes($1.token.utf16) }
    }

    /// The documents holding every token of `query` (as `SearchQuery` normalizes it): what the browser's
    /// search finds before ranking.
    public func documents(matchingAll query: String) -> [Int32] {
        let tokens = Set(SearchTokenizer.tokens(SearchQuery.normalized(query)))
        guard !tokens.isEmpty else { return [] }
        let lists = tokens.map { token in postings.first { $0.token == token }?.documents ?? [] }
        return lists.dropFirst().reduce(lists[0]) { result, list in
            let members = Set(list)
            return result.filter(members.contains)
        }
    }
}

extension Array where Element == Int32 {
    /// Appends `number` unless it is already the last element (a document counts once per token).
    mutating func appendIfLast(isNot number: Int32) {
        if last != number { append(number) }
    }
}
