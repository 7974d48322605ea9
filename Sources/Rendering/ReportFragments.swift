import Analysis
import Diagnostics
import Linking
import Loading
import Markdown
import Model

/// The report's Markdown rendered to HTML, piece by piece: each numbered paragraph's body and each
/// work-plan item, ready to be placed in pages by the templates. The parsed text is read, never changed:
/// links and terms come from the analysis and link values as marks.
public struct ReportFragments: Sendable {
    /// Paragraph number → the HTML of its body (without the number, which the template shows).
    public let paragraphs: [Int: String]
    /// Work-plan item anchor → its text and its notes.
    public let workPlanItems: [String: WorkPlanItemFragment]

    /// Renders the session's paragraphs (unless `paragraphs` is false) and work-plan items with
    /// `annotations` (references and terms) and the record's links pointed at the site's pages.
    init(report: ReportDocument, workPlan: WorkPlanDocument?, links: RecordLinks,
         annotations: [MarkdownNode: [TextAnnotation]], paragraphs withParagraphs: Bool = true, log: inout DiagnosticLog) {
        let marks = HTMLMarks(annotations: annotations, linkDestinations: links.destinations)
        func html(_ nodes: [MarkdownNode], in document: MarkdownDocument, source: BodySource) -> String {
            nodes.map { node in
                let rendered = document.renderHTML(node, marks: marks)
                for problem in rendered.problems {
                    // Scanners give non-overlapping ranges on character boundaries; this is a bug if seen.
                    log.warning("could not link the references in this text (\(problem.error))",
                                at: source.location(of: problem.node), rule: .referenceLinkingFailed)
                }
                return rendered.html
            }.joined()
        }
        var paragraphs: [Int: String] = [:]
        for (number, node) in report.paragraphNodes where withParagraphs {
            paragraphs[number] = html(node.children, in: report.document, source: report.source)
        }
        self.paragraphs = paragraphs
        var items: [String: WorkPlanItemFragment] = [:]
        if let workPlan {
            for (anchor, node) in workPlan.itemNodes {
                let parts = WorkPlanItemParts(item: node)
                items[anchor] = WorkPlanItemFragment(
                    body: html(parts.body, in: workPlan.document, source: workPlan.source),
                    notes: parts.notes.map { html([$0], in: workPlan.document, source: workPlan.source) })
            }
        }
        self.workPlanItems = items
    }
}

public struct WorkPlanItemFragment: Sendable, Hashable {
    public let body: String
    public let notes: [String]
}
