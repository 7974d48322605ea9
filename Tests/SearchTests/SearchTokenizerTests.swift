import Foundation
import Search
import Testing

/// The tokenizer cases shared with the browser's tokenizer (`search.js`), which
/// `Scripts/quality/search_check.py` runs on the same file in headless Chromium.
struct TokenizerCase: Decodable, CustomTestStringConvertible, Sendable {
    let input: String
    let tokens: [String]

    var testDescription: String { input.isEmpty ? "(empty)" : input }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/search-tokenizer-cases.json")

    static func all() throws -> [TokenizerCase] {
        struct Cases: Decodable { let cases: [TokenizerCase] }
        return try JSONDecoder().decode(Cases.self, from: Data(contentsOf: file)).cases
    }
}

@Suite("Search tokenizer")
struct SearchTokenizerTests {
    @Test("each shared case gives the same tokens as in the browser", arguments: try TokenizerCase.all())
    func sharedCase(_ testCase: TokenizerCase) {
        #expect(SearchTokenizer.tokens(testCase.input) == testCase.tokens)
    }

    @Test("the shared file has cases of every kind")
    func coverage() throws {
        let cases = try TokenizerCase.all()
        #expect(cases.count >= 20)
        #expect(cases.contains { $0.input.unicodeScalars.contains { $0.value > 0xFFFF } }, "a character outside the BMP")
        #expect(cases.contains { $0.input.unicodeScalars.contains { (0xFF10...0xFF5A).contains($0.value) } }, "full-width letters or digits")
    }

    @Test("folding keeps every offset: each folded scalar is one UTF-16 unit, as before")
    func foldingKeepsLength() {
        for value in UInt32(0x20)...UInt32(0xFFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = SearchTokenizer.fold(scalar)
            #expect(UTF16.width(folded) == UTF16.width(scalar))
        }
        #expect(SearchTokenizer.folded("ＣＡＣ／ＣＯＳＰ，第５４条") == "cac／cosp，第54条")
    }

    @Test("a query of two or more Chinese characters has a token in every text that contains it")
    func bigramsCoverSubstrings() {
        let text = "缔约国会议强调非定罪没收在资产追回中的作用"
        let scalars = Array(text.unicodeScalars)
        let textTokens = Set(SearchTokenizer.tokens(text))
        for start in 0..<(scalars.count - 1) {
            for end in (start + 2)...scalars.count {
                var query = String.UnicodeScalarView()
                query.append(contentsOf: scalars[start..<end])
                let queryTokens = SearchTokenizer.tokens(String(query))
                #expect(!queryTokens.isEmpty)
                #expect(queryTokens.allSatisfy(textTokens.contains), "\(String(query))")
            }
        }
    }
}
