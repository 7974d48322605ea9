/// What a rendering adds to a parsed document without changing it: markup around parts of text nodes
/// (links to articles, terms) and new destinations for links (a record's `report.md#p5` pointing at the
/// page that shows paragraph 5). Keys are nodes of the document being rendered.
public struct HTMLMarks {
    public let annotations: [MarkdownNode: [TextAnnotation]]
    public let linkDestinations: [MarkdownNode: String]
    /// Every node with a mark on it or below it: the nodes a marked rendering writes itself. Found once
    /// for all the renderings of a document's parts.
    let nodesOnTheWay: Set<MarkdownNode>

    public init(annotations: [MarkdownNode: [TextAnnotation]] = [:], linkDestinations: [MarkdownNode: String] = [:]) {
        self.annotations = annotations
        self.linkDestinations = linkDestinations
        var onTheWay: Set<MarkdownNode> = []
        for node in Array(annotations.keys) + Array(linkDestinations.keys) {
            var current: MarkdownNode? = node
            while let step = current, onTheWay.insert(step).inserted { current = step.parent }
        }
        nodesOnTheWay = onTheWay
    }

    public var isEmpty: Bool { annotations.isEmpty && linkDestinations.isEmpty }
}

/// HTML rendered with marks, and the marks that could not be placed (each with its text node).
public struct MarkedHTML {
    public var html: String
    public var problems: [(node: MarkdownNode, error: TextAnnotationError)]
}
