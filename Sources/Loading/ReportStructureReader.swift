import Diagnostics
import Markdown
import Model

/// Finds the structure of a report body: `# 一. 导言` chapters, `## A. 会议开幕` sections and numbered
/// paragraphs, written as the items of an ordered list that keep their original numbers (`25. 来自…`).
/// Anything a paragraph holds (lists, quotes) is indented under its number.
public enum ReportStructureReader {
    public static func read(_ source: BodySource, body: String, options: MarkdownOptions,
                            log: inout DiagnosticLog) -> ReportDocument {
        let document = MarkdownDocument(parsing: body, options: options)
        var chapters: [Chapter] = []
        var nodes: [Int: MarkdownNode] = [:]
        var numbering: [(number: Int, location: SourceLocation)] = []

        for block in document.root.children {
            let location = source.location(of: block)
            switch block.kind {
            case .heading(level: 1):
                let text = block.plainText
                guard let chapter = HeadingPattern.chapter(text) else {
                    log.error("a chapter heading is a numeral, a full stop and the title, like '# 一. 导言'; found '\(text)'", at: location, rule: .headingInvalid)
                    continue
                }
                let expected = chapters.count + 1
                if chapter.number != expected {
                    log.error("chapter \(chapter.label) should be chapter \(ChineseNumeral.text(for: expected)) (chapters are numbered in order)", at: location, rule: .headingOrder)
                }
                chapters.append(Chapter(number: expected, label: chapter.label, title: chapter.title, location: location))
            case .heading(level: 2):
                let text = block.plainText
                guard let section = HeadingPattern.section(text) else {
                    log.error("a section heading is a capital letter, a full stop and the title, like '## A. 会议开幕'; found '\(text)'", at: location, rule: .headingInvalid)
                    continue
                }
                guard !chapters.isEmpty else {
                    log.error("section '\(text)' comes before the first chapter heading", at: location, rule: .headingOrder)
                    continue
                }
                chapters[chapters.count - 1].sections.append(Section(label: section.label, title: section.title, location: location))
            case .heading(let level):
                log.error("a report has chapter (#) and section (##) headings only; this heading is level \(level)", at: location, rule: .headingInvalid)
            case .list(ordered: true):
                for item in block.children {
                    let itemLocation = source.location(of: item)
                    guard let number = source.listItemNumber(of: item) else {
                        log.error("cannot read the paragraph number", at: itemLocation, rule: .paragraphNumbering)
                        continue
                    }
                    numbering.append((number, itemLocation))
                    guard !chapters.isEmpty else {
                        log.error("paragraph \(number) comes before the first chapter heading", at: itemLocation, rule: .headingOrder)
                        continue
                    }
                    let paragraph = Paragraph(number: number, location: itemLocation, text: item.plainText)
                    if nodes[number] == nil { nodes[number] = item }
                    let last = chapters.count - 1
                    if chapters[last].sections.isEmpty {
                        chapters[last].paragraphs.append(paragraph)
                    } else {
                        chapters[last].sections[chapters[last].sections.count - 1].paragraphs.append(paragraph)
                    }
                }
            default:
                // CommonMark reads at most nine digits as a list number: a longer one is plain text.
                let digits = block.plainText.prefix { $0.isASCII && $0.isNumber }
                if digits.count > 9, block.plainText.dropFirst(digits.count).first.map({ $0 == "." || $0 == ")" }) == true {
                    log.error("paragraph numbers have at most 9 digits; '\(digits.prefix(20))\(digits.count > 20 ? "…" : "")' has \(digits.count)",
                              at: location, rule: .paragraphNumbering)
                } else {
                    log.error("text outside a numbered paragraph: number it ('25. …') or indent it under the paragraph it belongs to", at: location, rule: .textOutsideParagraph)
                }
            }
        }
        ParagraphNumbering.check(numbering, log: &log)
        return ReportDocument(report: Report(chapters: chapters), document: document, paragraphNodes: nodes, source: source)
    }
}
