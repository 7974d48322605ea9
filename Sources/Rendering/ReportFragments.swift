import Analysis
import Diagnostics
import Linking
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

    /// Renders the session's paragraphs and work-plan items, pointing the links written in them at
    /// the site's pages (`#p25` → `chapter-3.html#p25`); a link to nowhere is an error in `log`.
    init(report: ReportDocument, workPlan: WorkPlanDocument?, links: RecordLinkResolver,
         references: [ReferenceAnalysis.LinkedText], terms: [GlossaryAnalysis.LinkedText], annotator: TextAnnotator,
         log: inout DiagnosticLog) {
        annotator.annotate(references: references, terms: terms, source: report.source.path, log: &log)
        let rewriter = RecordLinkRewriter(resolver: links)
        var paragraphs: [Int: String] = [:]
        for (number, node) in report.paragraphNodes {
            rewriter.rewriteLinks(under: node, source: report.source, log: &log)
            paragraphs[number] = report.document.renderChildrenHTML(node)
        }
        self.paragraphs = paragraphs
        var items: [String: WorkPlanItemFragment] = [:]
        if let workPlan {
            for (anchor, node) in workPlan.itemNodes {
                rewriter.rewriteLinks(under: node, source: workPlan.source, log: &log)
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
