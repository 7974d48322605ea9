import Markdown
import Model

/// A parsed work plan: the value model and the nodes of its items, for rendering.
public struct WorkPlanDocument {
    public let workPlan: WorkPlan
    public let document: MarkdownDocument
    /// The list item of each work-plan item, by its anchor (`y2013-5`).
    public let itemNodes: [String: MarkdownNode]
    public let source: BodySource

    public init(workPlan: WorkPlan, document: MarkdownDocument, itemNodes: [String: MarkdownNode], source: BodySource) {
        self.workPlan = workPlan
        self.document = document
        self.itemNodes = itemNodes
        self.source = source
    }
}
