import Model
import PropertyBased

/// A report made up at random and written the way PDF extraction writes one: lines broken anywhere (with
/// blank lines between the halves), stray spaces before, after and inside lines, and page furniture (a page
/// number, the job number, the symbol as a running header) between pages. It knows which of its lines are
/// furniture, so the expected text does not depend on the importer.
struct GeneratedReport: Sendable, CustomStringConvertible {
    var lines: [String] = []
    /// The numbers (1-based) of the lines that are page furniture.
    var furniture: Set<Int> = []
    var paragraphs = 0
    var workPlanItems = 0

    var extracted: String { lines.joined(separator: "\n") + "\n" }

    /// The record's characters: every line but the furniture, white space removed.
    var expectedText: String {
        lines.enumerated().filter { !furniture.contains($0.offset + 1) }.map(\.element).joined().filter { !$0.isWhitespace }
    }

    var description: String { extracted }

    static let generator = Generator<GeneratedReport, Shrink.None<GeneratedReport>> { rng in
        var maker = ReportMaker(rng: Xoshiro(seed: (rng.next(), rng.next(), rng.next(), rng.next())))
        maker.makeReport()
        return maker.report
    }
}

/// Draws a report's parts and writes them line by line into a `GeneratedReport`.
struct ReportMaker {
    var rng: Xoshiro
    var report = GeneratedReport()
    private var linesOnPage = 0
    private var pageLength = 20
    private var page = 1

    static let header = "CAC/COSP/WG.2/2012/4"
    static let phrases = ["资产追回", "工作组", "缔约国会议", "国际合作", "司法协助请求", "没收", "毒品和犯罪问题办公室",
                          "《联合国反腐败公约》", "发言者强调", "能力建设", "技术援助", "良好做法", "法律制度"]
    static let insertions = ["，", "、", "；", "（阿根廷）", "“阿拉伯之春”", " 2012 年 8 月 30 日", "第 54 条第 2(a)款",
                             "（CAC/COSP/WG.2/2009/3）", " Ali Bin Fetais Al Marri ", " 10,000 则", "（L.1 和 Add.1-3）",
                             "*", "_", "<b>", "\\", "`", "&amp;", "[附件](x)", "2012-2015 年"]

    init(rng: Xoshiro) { self.rng = rng }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < probability }
    mutating func pick(_ items: [String]) -> String { items[int(0...(items.count - 1))] }

    mutating func phrase(insertions: Bool) -> String {
        (insertions && chance(0.3) ? pick(Self.insertions) : "") + pick(Self.phrases)
    }

    mutating func sentence(insertions: Bool = true) -> String {
        (0..<int(1...6)).map { _ in phrase(insertions: insertions) }.joined() + "。"
    }

    mutating func makeReport() {
        pageLength = int(8...30)
        if chance(0.3) { writeFurniture([Self.header]) }
        write("2012 年 8 月 30 日至 31 日在维也纳举行的" + phrase(insertions: false) + "工作组会议的报告")
        var number = 1
        var planWritten = false
        for chapter in 1...int(1...4) {
            write("\(ChineseNumeral.text(for: chapter)). " + phrase(insertions: true) + phrase(insertions: false))
            let sections = chance(0.5) ? int(1...3) : 0
            for section in 0..<max(sections, 1) {
                if sections > 0 { write("\(["A", "B", "C"][section]). " + phrase(insertions: false)) }
                for _ in 1...int(1...4) {
                    if !planWritten, number >= 3, chance(0.3) {
                        writeWorkPlan(in: number)
                        planWritten = true
                    } else {
                        writeParagraph(number)
                    }
                    number += 1
                }
            }
        }
        report.paragraphs = number - 1
    }

    /// A paragraph: plain, starting with a number, or holding a list (at most `number` items, so that no
    /// item carries the next paragraph's number).
    mutating func writeParagraph(_ number: Int) {
        switch int(0...5) {
        case 0:
            write("\(number). " + pick(["8 月 30 日，", "2012-2015 年", "2010 年，"]) + sentence())
        case 1 where number >= 2:
            write("\(number). " + phrase(insertions: true) + "通过了以下议程：")
            for item in 1...int(1...min(number, 6)) {
                write("\(item). " + sentence())
                if chance(0.3) {
                    for letter in ["a", "b", "c"].prefix(int(1...3)) { write("(\(letter)) " + sentence()) }
                }
            }
        default:
            write("\(number). " + (0..<int(1...4)).map { _ in sentence() }.joined())
        }
    }

    /// A work plan inside paragraph `number`: years, groups, items (fewer than `number` a year, so that the
    /// next paragraph's number is never the next item's) and bracketed notes.
    mutating func writeWorkPlan(in number: Int) {
        write("\(number). 2012-2015 年工作计划内容如下：")
        for year in 2013...(2012 + int(1...3)) {
            write("\(year)年会议")
            var item = 1
            for group in ["常设议题", "专题讨论"].prefix(int(1...2)) {
                write(group)
                for _ in 0..<int(1...3) where item < number {
                    write("\(item). " + sentence(insertions: false))
                    report.workPlanItems += 1
                    item += 1
                    for _ in 0..<int(0...2) { write("[请注意：" + sentence(insertions: false) + sentence(insertions: false) + "]") }
                }
            }
        }
    }

    /// Writes `text` broken into lines of 8 to 30 characters, where no line but the first looks like the
    /// start of a block or like furniture.
    mutating func write(_ text: String) {
        let characters = Array(text)
        var start = 0
        while start < characters.count {
            var end = characters.count
            if characters.count - start > 30 {
                for _ in 0..<10 {
                    let candidate = start + int(8...30)
                    if Self.canStartContinuation(characters[candidate...]), characters[start..<candidate].contains(where: \.isWideForTest) {
                        end = candidate
                        break
                    }
                }
            }
            writeLine(String(characters[start..<end]))
            start = end
        }
    }

    /// A continuation line must hold a Chinese character (or it might be furniture) and must not start like
    /// a marker: `3.`, `(a)`, `[`, `A.`, `三.`, `2013年`.
    static func canStartContinuation(_ rest: ArraySlice<Character>) -> Bool {
        guard let first = rest.first, rest.contains(where: \.isWideForTest) else { return false }
        let second = rest.dropFirst().first
        if "([［".contains(first) || first.isWhitespace { return false }
        if first.isNumber || (first.isASCII && first.isUppercase) || ChineseNumeral.isNumeralCharacter(first) {
            let label = rest.prefix { $0.isNumber || ChineseNumeral.isNumeralCharacter($0) || ($0.isASCII && $0.isUppercase) }
            let after = rest.dropFirst(label.count).first
            if after == "." || after == "．" || after == "年" || (after == " " && rest.dropFirst(label.count + 1).first == "年") { return false }
        }
        return second != nil
    }

    /// One physical line, with stray spaces sometimes, a blank line after it mostly, and a page break when
    /// the page is full.
    mutating func writeLine(_ text: String) {
        var characters = Array(text)
        if chance(0.1), let inside = (1..<max(characters.count, 1)).first(where: { characters[$0 - 1].isWideForTest && characters[$0].isWideForTest && chance(0.2) }) {
            characters.insert(" ", at: inside)
        }
        let indentation = chance(0.1) ? String(repeating: " ", count: int(1...2)) : ""
        report.lines.append(indentation + String(characters) + (chance(0.5) ? " " : ""))
        if chance(0.8) { report.lines.append(chance(0.2) ? " " : "") }
        linesOnPage += 1
        if linesOnPage >= pageLength {
            page += 1
            writeFurniture([pick(["V.12-55555 \(page)", "\(page)", "\(page) V.12-55555", "V.12-55555(C)"])] + (chance(0.8) ? [Self.header] : []))
            linesOnPage = 0
        }
    }

    mutating func writeFurniture(_ furniture: [String]) {
        for line in furniture {
            report.lines.append("")
            report.lines.append(pick(["", " ", "\u{0C}"]) + line + pick(["", " "]))
            report.furniture.insert(report.lines.count)
        }
        report.lines.append("")
    }
}

extension Character {
    /// Neither ASCII nor white space (the test's own reading of "Chinese").
    var isWideForTest: Bool { !isASCII && !isWhitespace }
}
