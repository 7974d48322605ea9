import CMarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown text parsed by libcmark-gfm: a tree of nodes that can be walked, annotated and rendered to HTML.
///
/// A document owns its C parser and tree; it is a reference type that stays inside the task that made
/// it. What leaves a document is plain values: strings, ranges, rendered HTML.
public final class MarkdownDocument {
    private let parser: OpaquePointer
    let rootPointer: OpaquePointer
    private let cmarkOptions: Int32
    public let options: MarkdownOptions

    /// Parses `text` as CommonMark with the GitHub extensions.
    public init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) {
        CoreExtensions.ensureRegistered()
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.allowsRawHTML { flags |= CMARK_OPT_UNSAFE }
        self.cmarkOptions = flags
        self.options = options
        guard let parser = cmark_parser_new(flags) else {
            fatalError("libcmark-gfm could not allocate a parser (out of memory)")
        }
        for name in CoreExtensions.names {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var utf8 = Array(text.utf8)
        // libcmark-gfm 0.29 switches the extensions' special characters on and off in one table shared by
        // the whole process, around the inline parsing of every document (github/cmark-gfm#176): two
        // parses at once could miss each other's `~` or autolinks. Builds parse on all cores, so parsing
        // takes turns (it is about 2 % of a build); walking and rendering need no lock.
        Self.parsing.lock()
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        let finished = cmark_parser_finish(parser)
        Self.parsing.unlock()
        guard let root = finished else {
            fatalError("libcmark-gfm could not finish a document (out of memory)")
        }
        self.parser = parser
        self.rootPointer = root
    }

    /// Taken while libcmark-gfm parses (see `init`).
    private static let parsing = NSLock()

    deinit {
        cmark_node_free(rootPointer)
        cmark_parser_free(parser)
    }

    /// The document node.
    public var root: MarkdownNode { MarkdownNode(pointer: rootPointer, document: self) }

    /// Renders `node` and everything below it to HTML.
    public func renderHTML(_ node: MarkdownNode) -> String {
        precondition(node.document === self, "a node can only be rendered by its own document")
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(node.pointer, cmarkOptions, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Renders the children of `node`, one after the other, without the node's own tags.
    public func renderChildrenHTML(_ node: MarkdownNode) -> String {
        node.children.map(renderHTML).joined()
    }
}
