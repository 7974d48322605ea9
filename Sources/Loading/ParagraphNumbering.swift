import Diagnostics

/// The rule that makes a report citable: paragraphs are numbered 1, 2, 3 … in order,
/// with no number skipped or repeated.
public enum ParagraphNumbering {
    /// Checks the numbers in the order they appear, each with its location.
    public static func check(_ numbers: [(number: Int, location: SourceLocation)], log: inout DiagnosticLog) {
        var firstSeen: [Int: SourceLocation] = [:]
        var previous = 0
        for (number, location) in numbers {
            if let earlier = firstSeen[number] {
                log.error("paragraph \(number) is numbered twice; the first is at line \(earlier.line)", at: location, rule: .paragraphNumbering)
            } else if number < previous {
                log.error("paragraph \(number) is out of order: it comes after paragraph \(previous)", at: location, rule: .paragraphNumbering)
            } else if number > previous + 1 {
                let missing = previous + 1 == number - 1 ? "paragraph \(previous + 1) is missing"
                    : "paragraphs \(previous + 1)–\(number - 1) are missing"
                log.error("paragraph \(number) follows paragraph \(previous): \(missing)", at: location, rule: .paragraphNumbering)
            }
            if firstSeen[number] == nil { firstSeen[number] = location }
            previous = max(previous, number)
        }
    }
}
