/// How Markdown is parsed and rendered.
///
/// The GitHub extensions (tables, autolinks, strikethrough, tag filter) are always on. Raw HTML in the
/// source is dropped unless `allowsRawHTML` is set, and `javascript:`-style link targets are emptied.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML blocks and inline HTML through to the output (for trusted sites only).
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }
}
