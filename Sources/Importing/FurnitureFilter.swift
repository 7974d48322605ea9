/// The extracted text with page furniture and blank lines taken out: the lines the record is made of.
struct FilteredSource: Sendable {
    /// The lines of the record, in order; none is blank.
    var lines: [SourceLine] = []
    /// The lines taken out as page furniture.
    var removed: [SourceLine] = []
    /// The document symbols seen as running headers, in order of first appearance.
    var headerSymbols: [String] = []
    var notes: [ReviewNote] = []

    /// Separates furniture from text. Page numbers and job numbers alone on a line always go; a document
    /// symbol alone on a line goes when it repeats (a running header), stands before the text starts, or
    /// stands beside other furniture (a page edge) — the last is a guess, and listed for review.
    init(_ source: [SourceLine]) {
        let content = source.filter { !$0.isBlank }
        let verdicts = content.map { PageFurniture.verdict($0.trimmed) }
        var symbolCounts: [String: Int] = [:]
        for case .symbolAlone(let symbol) in verdicts { symbolCounts[symbol, default: 0] += 1 }
        let firstText = verdicts.firstIndex(of: .text) ?? content.count

        for (index, line) in content.enumerated() {
            switch verdicts[index] {
            case .text:
                lines.append(line)
            case .furniture:
                removed.append(line)
            case .symbolAlone(let symbol):
                let repeated = symbolCounts[symbol, default: 0] > 1
                let besideFurniture = [index - 1, index + 1].contains { verdicts.indices.contains($0) && verdicts[$0] == .furniture }
                guard repeated || index < firstText || besideFurniture else {
                    lines.append(line)
                    continue
                }
                removed.append(line)
                if !headerSymbols.contains(symbol) { headerSymbols.append(symbol) }
                if !repeated && index >= firstText {
                    let anchor = content[index...].dropFirst().first { PageFurniture.verdict($0.trimmed) == .text }
                    notes.append(ReviewNote("removed '\(symbol)' as a running header (it stands beside a page number); put it back if it is part of the text",
                                            sourceLine: line.number, place: .text(sourceLine: anchor?.number ?? line.number)))
                }
            }
        }
    }
}
