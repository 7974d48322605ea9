import Analysis
import PropertyBased
import Testing

/// The scanner on thousands of generated texts made of the pieces references are built from: it never
/// crashes, and every range it returns is in bounds, on character boundaries, ordered and disjoint.
@Suite("Fuzzing: the reference scanner")
struct ReferenceScannerFuzzTests {
    static let pieces = ["第", "条", "款", "章", "号", "决议", "和", "、", " ", "\n", "54", "5", "71", "99", "五十四", "七十一", "十",
                         "三", "(", ")", "(b)", "/", "4/4", "1970", "(2007)", "CAC", "COSP", "WG.2", "2012", "L.1", "Add.1-3", "Add.",
                         "缔约国会议", "安全理事会", "人权委员会", "。", "，", "资产", "没收", "A", "-", "（", "）", "\u{3000}", "🙂", "é",
                         "第 54 条", "第五十四条", "第 54 和 55 条", "第 57 条第 3(b)和(c)款", "第五章", "第三和四章", "第 4/4 号决议",
                         "第 1970 (2007)号", "CAC/COSP/WG.2/2009/3", "CAC/COSP/2009/7", " 和 Add.1-3", "第 99 条", "第九章"]

    @Test func neverCrashesAndReturnsSaneRanges() {
        var rng = Xoshiro(seed: (71, 54, 2012, 830))
        let generator = Gen.element(of: Self.pieces).array(of: 0...40)
        let scanner = ReferenceScanner()
        var found = 0
        for index in 0..<5000 {
            let text = generator.run(using: &rng).compactMap { $0 }.joined()
            let bytes = Array(text.utf8)
            let result = scanner.scan(text)
            var previousEnd = 0
            for reference in result.references.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) {
                let range = reference.utf8Range
                #expect(range.lowerBound >= previousEnd && range.upperBound <= bytes.count && !range.isEmpty, "case \(index): \(text.debugDescription)")
                #expect(String(validating: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self) != nil,
                        "case \(index): a range splits a character in \(text.debugDescription)")
                previousEnd = max(previousEnd, range.upperBound)
                found += 1
            }
            for problem in result.problems {
                #expect(problem.utf8Offset >= 0 && problem.utf8Offset <= bytes.count)
            }
        }
        #expect(found > 2000, "the generated texts contain references")
    }
}
