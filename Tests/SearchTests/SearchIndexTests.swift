import Foundation
import PropertyBased
import Search
import Testing

@Suite("Search index")
struct SearchIndexTests {
    private func document(_ text: String, keys: [String] = []) -> SearchDocument {
        SearchDocument(kind: .paragraph, session: 0, label: "", href: "chapter-1.html#p1", text: text, keys: keys)
    }

    @Test("postings decode to what was encoded, for 2,000 generated lists")
    func postingsRoundTrip() {
        var generator = Xoshiro(seed: (5, 14, 20, 12))
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...60, using: &generator)
            let maximum = [10, 1_000, 100_000, Int(Int32.max)].randomElement(using: &generator) ?? 10
            let numbers = Set((0..<count).map { _ in Int32(Int.random(in: 0...maximum, using: &generator)) }).sorted()
            let encoded = PostingsEncoding.encode(numbers)
            #expect(PostingsEncoding.decode(encoded) == numbers)
            #expect(encoded.utf8.allSatisfy { PostingsEncoding.alphabet.contains($0) })
        }
        #expect(PostingsEncoding.encode([0, 1, 2, 40]) == "111c1")
        #expect(PostingsEncoding.decode("Z") == nil, "a number cut short")
        #expect(PostingsEncoding.decode("!") == nil, "a character outside the alphabet")
    }

    @Test("every document holding every token of a query is found, each once")
    func documentsMatchingAll() {
        let index = SearchIndex(sessions: [], documents: [
            document("非定罪没收和没收"),
            document("刑事没收"),
            document("没收非定罪"),
            document("无关", keys: ["non-conviction based confiscation"]),
        ])
        #expect(index.documents(matchingAll: "没收") == [0, 1, 2])
        #expect(index.documents(matchingAll: "非定罪没收") == [0])
        #expect(index.documents(matchingAll: "Non-Conviction") == [3])
        #expect(index.documents(matchingAll: "没有") == [])
        let 没收 = index.postings.first { $0.token == "没收" }?.documents
        #expect(没收 == [0, 1, 2], "a document is listed once however often it holds the token")
    }

    @Test("tokens are in JavaScript's string order (UTF-16 units), so the browser can binary-search them")
    func utf16Order() {
        // U+20000 is after U+F900 as a code point, but its UTF-16 units (D840 DC00) come first.
        let index = SearchIndex(sessions: [], documents: [document("\u{20000}\u{20001} \u{F900}\u{F901} abc")])
        let tokens = index.postings.map(\.token)
        #expect(tokens == ["abc", "\u{20000}\u{20001}", "\u{F900}\u{F901}"])
        #expect(tokens == tokens.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    }

    @Test("the script is one JSON.parse of the index, which reads back whole")
    func scriptReadsBack() throws {
        let tricky = "引号'、反斜杠\\、\"、换行\n、\u{2028}、</script>"
        let index = SearchIndex(sessions: [SearchSession(slug: "s", title: tricky, dates: "d", folder: "sessions/s/")],
                                documents: [document(tricky, keys: ["Egmont Group", "Article 54"]), document("没收", keys: ["Article 54"])])
        let script = String(decoding: SearchIndexScript.script(for: index), as: UTF8.self)
        let prefix = "window.\(SearchIndexScript.variable) = JSON.parse('"
        #expect(script.hasPrefix(prefix))
        #expect(script.hasSuffix("');\n"))
        #expect(!script.dropLast().contains("\n"), "one line: no raw line ends inside the string")
        var body = String(script.dropFirst(prefix.count).dropLast(4))
        // Undo the single-quoted JavaScript string: \\ → \ and \' → '.
        var unescaped = ""
        var iterator = body.makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() { unescaped.append(next) } else { unescaped.append(character) }
        }
        body = unescaped
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == SearchIndexScript.formatVersion)
        let sessions = try #require(json["sessions"] as? [[String]])
        #expect(sessions.first?[1] == tricky)
        let documents = try #require(json["documents"] as? [[Any]])
        #expect(documents.first?[4] as? String == tricky)
        #expect(json["keys"] as? [String] == ["Egmont Group", "Article 54"], "each key name is written once")
        #expect(documents.last?[5] as? [Int] == [1])
        let tokens = try #require(json["tokens"] as? [String])
        let postings = try #require(json["postings"] as? [String])
        #expect(tokens.count == postings.count)
        let position = try #require(tokens.firstIndex(of: "54"))
        #expect(PostingsEncoding.decode(postings[position]) == [0, 1])
    }
}
