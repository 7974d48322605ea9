import Diagnostics
import Foundation
import Markdown
import Model

/// Reads `work-plan.md`: front matter (`title`, `paragraph`), then one `## 2013年会议` heading a year,
/// `### 常设议题` / `### 专题讨论` group headings, and numbered items; a paragraph of an item that is
/// wholly in square brackets (`[请注意：…]`) is a note.
public enum WorkPlanReader {
    public static let keys = ["title", "paragraph", "discussed_in"]

    public static func read(_ file: TextFile, options: MarkdownOptions, log: inout DiagnosticLog) -> WorkPlanDocument? {
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.split(file)
        } catch {
            log.append(error)
            return nil
        }
        let reader = YAMLReader(path: file.path, firstLine: frontMatter.yamlFirstLine)
        guard let mapping = reader.parseMapping(frontMatter.yaml, log: &log) else { return nil }
        mapping.rejectUnknownKeys(allowed: keys, log: &log)
        let title = mapping.bilingualText("title", required: true, log: &log)
        let paragraph = mapping.integer("paragraph", required: true, range: 1...100_000, log: &log)
        let discussedIn = mapping.integerList("discussed_in", range: 1...100_000, log: &log)

        let source = BodySource(path: file.path, text: frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        let document = MarkdownDocument(parsing: frontMatter.body, options: options)
        var meetings: [WorkPlanMeeting] = []
        var nodes: [String: MarkdownNode] = [:]

        for block in document.root.children {
            let location = source.location(of: block)
            switch block.kind {
            case .heading(level: 2):
                let heading = block.plainText
                meetings.append(WorkPlanMeeting(heading: heading, year: year(in: heading), groups: [], location: location))
            case .heading(level: 3):
                guard !meetings.isEmpty else {
                    log.error("a group heading (###) must follow a year heading (##)", at: location, rule: .workPlanStructure)
                    continue
                }
                let heading = block.plainText
                meetings[meetings.count - 1].groups.append(
                    WorkPlanGroup(heading: heading, kind: kind(of: heading), items: [], location: location))
            case .list(ordered: true):
                guard let meetingIndex = meetings.indices.last, let groupIndex = meetings[meetingIndex].groups.indices.last else {
                    log.error("work-plan items must follow a year (##) and a group (###) heading", at: location, rule: .workPlanStructure)
                    continue
                }
                let year = meetings[meetingIndex].year
                for itemNode in block.children {
                    let itemLocation = source.location(of: itemNode)
                    guard let number = source.listItemNumber(of: itemNode) else { continue }
                    let parts = itemNode.children
                    let text = parts.first.map(\.plainText) ?? ""
                    let notes = WorkPlanItemParts(item: itemNode).notes.map(\.plainText)
                    let item = WorkPlanItem(year: year, number: number, location: itemLocation, text: text, notes: notes)
                    nodes[item.anchor] = itemNode
                    meetings[meetingIndex].groups[groupIndex].items.append(item)
                }
            default:
                log.error("a work plan holds year (##) and group (###) headings and numbered items only", at: location, rule: .workPlanStructure)
            }
        }
        for meeting in meetings {
            if meeting.year == nil {
                log.error("a year heading must name its year, like '## 2013年会议'", at: meeting.location, rule: .workPlanStructure)
            }
            ParagraphNumbering.check(meeting.groups.flatMap(\.items).map { ($0.number, $0.location) }, log: &log)
        }
        guard let title, let paragraph else { return nil }
        let plan = WorkPlan(title: title, paragraph: paragraph, discussedIn: discussedIn, meetings: meetings, location: SourceLocation(path: file.path))
        return WorkPlanDocument(workPlan: plan, document: document, itemNodes: nodes, source: source)
    }

    static func year(in heading: String) -> Int? {
        var digits = ""
        for character in heading {
            if character.isASCII, character.isNumber {
                digits.append(character)
                if digits.count == 4 { return Int(digits) }
            } else {
                digits = ""
            }
        }
        return nil
    }

    static func kind(of heading: String) -> WorkPlanGroup.Kind {
        let lowered = heading.lowercased()
        if heading.contains("常设") || lowered.contains("standing") { return .standing }
        if heading.contains("专题") || lowered.contains("thematic") { return .thematic }
        return .other
    }
}
