import Foundation
import Search
import Testing

/// The search index of the real site, read back the way the browser reads it.
@Suite("End to end: the search index")
struct SearchIndexSiteTests {
    struct LoadedIndex {
        let sessions: [[String]]
        let documents: [[Any]]
        let tokens: [String]
        let postings: [String]
        let keys: [String]
        let bytes: Int

        func documents(withToken token: String) -> [Int] {
            guard let position = tokens.firstIndex(of: token) else { return [] }
            return (PostingsEncoding.decode(postings[position]) ?? []).map(Int.init)
        }

        /// What search.js finds before ranking: the documents holding every token of `query`.
        func candidates(_ query: String) -> Set<Int> {
            let lists = SearchTokenizer.tokens(SearchQuery.normalized(query)).map { Set(documents(withToken: $0)) }
            return lists.dropFirst().reduce(lists.first ?? []) { $0.intersection($1) }
        }

        func text(_ number: Int) -> String { documents[number][4] as? String ?? "" }
        func href(_ number: Int) -> String {
            let session = documents[number][1] as? Int ?? -1
            return (session >= 0 ? sessions[session][3] : "") + (documents[number][3] as? String ?? "")
        }
    }

    static func load(_ site: BuiltSite) throws -> LoadedIndex {
        let data = try Data(contentsOf: site.folder.appendingPathComponent("search-index.js"))
        let script = String(decoding: data, as: UTF8.self)
        let prefix = "window.rapporteurSearchIndex = JSON.parse('"
        try #require(script.hasPrefix(prefix) && script.hasSuffix("');\n"))
        var json = ""
        var iterator = script.dropFirst(prefix.count).dropLast(4).makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() { json.append(next) } else { json.append(character) }
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return LoadedIndex(sessions: try #require(object["sessions"] as? [[String]]),
                           documents: try #require(object["documents"] as? [[Any]]),
                           tokens: try #require(object["tokens"] as? [String]),
                           postings: try #require(object["postings"] as? [String]),
                           keys: try #require(object["keys"] as? [String]), bytes: data.count)
    }

    /// The numbered paragraphs of the Markdown source, read independently of the loader.
    static func sourceParagraphs() throws -> [Int: String] {
        let text = try String(contentsOfFile: Repository.report, encoding: .utf8)
        var paragraphs: [Int: String] = [:]
        var current: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.firstMatch(of: #/^(\d+)\. /#), let number = Int(match.1) {
                current = number
                paragraphs[number] = String(line[match.range.upperBound...])
            } else if line.hasPrefix("#") {
                current = nil
            } else if let number = current {
                paragraphs[number, default: ""] += line.trimmingCharacters(in: .whitespaces)
            }
        }
        return paragraphs
    }

    @Test("every paragraph is a document with its permalink, as plain text, never HTML")
    func documentsArePlainText() throws {
        let index = try Self.load(try BuiltSite.build())
        let paragraphs = index.documents.indices.filter { index.documents[$0][0] as? String == "p" }
        #expect(paragraphs.map(index.href).count == 48)
        #expect(Set(paragraphs.map(index.href)).count == 48)
        #expect(index.href(paragraphs[24]) == "sessions/2012-08-asset-recovery-6/chapter-5.html#p25")
        for number in index.documents.indices {
            let text = index.text(number)
            #expect(text.firstMatch(of: #/<\/?[a-z][^>]*>/#) == nil, "document \(number) holds HTML")
            #expect(!text.contains("&amp;") && !text.contains("&lt;"), "document \(number) holds escaped HTML")
        }
        #expect(index.documents.contains { $0[0] as? String == "w" }, "work-plan items")
        #expect(index.documents.contains { $0[0] as? String == "a" && $0[3] as? String == "articles/54.html" })
        #expect(index.documents.contains { $0[0] as? String == "a" && $0[3] as? String == "articles/index.html#article-1" },
                "an uncited article leads to its row of the index")
        print("search index: \(index.bytes) bytes, \(index.documents.count) documents, \(index.tokens.count) tokens")
    }

    @Test("a Chinese phrase is found in every paragraph of the source that contains it, and only there",
          arguments: ["非定罪没收", "司法协助", "卡塔尔", "资产追回", "法律援助"])
    func chinesePhrase(_ phrase: String) throws {
        let index = try Self.load(try BuiltSite.build())
        let source = try Self.sourceParagraphs()
        let expected = Set(source.filter { $0.value.contains(phrase) }.keys)
        let found = index.candidates(phrase).filter { index.documents[$0][0] as? String == "p" && index.text($0).contains(phrase) }
        let numbers = Set(found.compactMap { Int(index.href($0).split(separator: "#p").last ?? "") })
        #expect(numbers == expected)
        // The index misses nothing: every document whose text holds the phrase (found by reading every text,
        // not through the index) is among the phrase's candidates.
        let holdingThePhrase = Set(index.documents.indices.filter { index.text($0).contains(phrase) })
        #expect(holdingThePhrase.isEmpty == expected.isEmpty)
        #expect(holdingThePhrase.isSubset(of: index.candidates(phrase)), "\(holdingThePhrase.subtracting(index.candidates(phrase)))")
    }

    @Test("English names find the Chinese paragraphs: non-conviction → 非定罪没收, 54 → article 54")
    func englishKeys() throws {
        let index = try Self.load(try BuiltSite.build())
        let chinese = index.candidates("非定罪没收").filter { index.documents[$0][0] as? String == "p" }
        let english = index.candidates("non-conviction").filter { index.documents[$0][0] as? String == "p" }
        #expect(!chinese.isEmpty)
        #expect(chinese.isSubset(of: english))
        let article54 = index.candidates("54")
        #expect(article54.contains { index.href($0) == "articles/54.html" })
        #expect(article54.contains { index.href($0) == "sessions/2012-08-asset-recovery-6/chapter-5.html#p31" })
        #expect(index.candidates("Egmont").contains { index.href($0).hasPrefix("participants/") })
    }

    @Test("the Chinese forms of an article find what its English key finds: every citing paragraph and the chapter discussing it",
          arguments: ["第54条", "第 54 条", "第五十四条", "54条"])
    func chineseArticleForms(_ query: String) throws {
        let index = try Self.load(try BuiltSite.build())
        let english = index.candidates("article 54")
        #expect(index.candidates(query) == english)
        let paragraphs = Set(english.compactMap { number -> Int? in
            guard index.documents[number][0] as? String == "p" else { return nil }
            return Int(index.href(number).split(separator: "#p").last ?? "")
        })
        #expect(paragraphs.isSuperset(of: [8, 31]), "the paragraphs citing article 54")
        #expect(paragraphs.isSuperset(of: Set(25...35)), "chapter V, whose heading names article 54")
        #expect(english.contains { index.href($0) == "articles/54.html" })
    }

    @Test("a participant's names are separate keys; an English session title keeps its space")
    func namesAndTitles() throws {
        let index = try Self.load(try BuiltSite.build())
        #expect(index.keys.contains("UNODC"), "the code is a key of its own")
        #expect(index.keys.contains("United Nations Office on Drugs and Crime"))
        let english = try Self.load(try BuiltSite.build { $0.uiLanguage = .en })
        #expect(english.sessions.first?[1] == "Open-ended Intergovernmental Working Group on Asset Recovery Meeting 6")
        #expect(index.sessions.first?[1] == "资产追回问题不限成员名额政府间工作组第 6 次会议")
    }
}
