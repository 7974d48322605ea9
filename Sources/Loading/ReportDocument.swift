import Markdown
import Model

/// A parsed report body with its numbered paragraphs found: the value model, plus the document nodes
/// that later stages annotate and render. It stays in the task that parsed it.
public struct ReportDocument {
    public let report: Report
    public let document: MarkdownDocument
    /// The list item of each numbered paragraph, by number.
    public let paragraphNodes: [Int: MarkdownNode]
    /// The body's text, for locating nodes in the file.
    public let source: BodySource

    public init(report: Report, document: MarkdownDocument, paragraphNodes: [Int: MarkdownNode], source: BodySource) {
        self.report = report
        self.document = document
        self.paragraphNodes = paragraphNodes
        self.source = source
    }
}
