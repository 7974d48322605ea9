import Loading
import Markdown
import Model

/// The report's Markdown rendered to HTML, piece by piece: each numbered paragraph's body and each
/// work-plan item, ready to be placed in pages by the templates.
public struct ReportFragments: Sendable {
    /// Paragraph number → the HTML of its body (without the number, which the template shows).
    public let paragraphs: [Int: String]
    /// Work-plan item anchor → its text and its notes.
    public let workPlanItems: [String: WorkPlanItemFragment]

    public init(report: ReportDocument, workPlan: WorkPlanDocument?) {
        var paragraphs: [Int: String] = [:]
        for (number, node) in report.paragraphNodes {
            paragraphs[number] = report.document.renderChildrenHTML(node)
        }
        self.paragraphs = paragraphs
        var items: [String: WorkPlanItemFragment] = [:]
        if let workPlan {
            for (anchor, node) in workPlan.itemNodes {
                var body = ""
                var notes: [String] = []
                for child in node.children {
                    let html = workPlan.document.renderHTML(child)
                    if child.kind == .paragraph, WorkPlanReader.isNote(child.plainText), !body.isEmpty {
                        notes.append(html)
                    } else {
                        body += html
                    }
                }
                items[anchor] = WorkPlanItemFragment(body: body, notes: notes)
            }
        }
        self.workPlanItems = items
    }
}

public struct WorkPlanItemFragment: Sendable, Hashable {
    public let body: String
    public let notes: [String]
}
