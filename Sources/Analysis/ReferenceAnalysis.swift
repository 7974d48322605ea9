import Diagnostics
import Loading
import Markdown
import Model

/// The references of one session: the text nodes to link (for rendering, in the same task) and the
/// mentions (values, for the cross-session indexes).
public struct ReferenceAnalysis {
    /// A text node and the references found in it.
    public struct LinkedText {
        public let node: MarkdownNode
        public let references: [Reference]
    }

    public let linkedTexts: [LinkedText]
    public let mentions: [ReferenceMention]
}

/// The analyse stage for references: scans the running text of every paragraph and work-plan item, and
/// the chapter headings for the articles they name (not linked: headings stay as written).
public struct ReferenceAnalyzer: Sendable {
    public let scanner: ReferenceScanner

    public init(scanner: ReferenceScanner) {
        self.scanner = scanner
    }

    public func analyse(_ session: LoadedSession, log: inout DiagnosticLog) -> ReferenceAnalysis {
        var linked: [ReferenceAnalysis.LinkedText] = []
        var mentions: [ReferenceMention] = []
        let slug = session.session.slug

        func scan(_ container: MarkdownNode, place: ReferenceMention.Place, source: BodySource) {
            for node in container.runningTextNodes {
                guard let literal = node.literal else { continue }
                let result = scanner.scan(literal)
                for problem in result.problems {
                    log.warning(problem.message, at: source.location(in: node, utf8Offset: problem.utf8Offset), rule: problem.rule)
                }
                guard !result.references.isEmpty else { continue }
                let bytes = Array(literal.utf8)
                linked.append(.init(node: node, references: result.references))
                for reference in result.references {
                    mentions.append(ReferenceMention(
                        sessionSlug: slug, place: place, target: reference.target, subdivisions: reference.subdivisions,
                        excerpt: Excerpt(sentenceIn: bytes, around: reference.utf8Range),
                        location: source.location(in: node, utf8Offset: reference.utf8Range.lowerBound)))
                }
            }
        }

        for paragraph in session.session.report.paragraphs {
            guard let node = session.report.paragraphNodes[paragraph.number] else { continue }
            scan(node, place: .paragraph(paragraph.number), source: session.report.source)
        }
        for chapter in session.session.report.chapters {
            mentions += headingMentions(of: chapter, slug: slug, log: &log)
        }
        if let plan = session.workPlan {
            for item in plan.workPlan.items {
                guard let node = plan.itemNodes[item.anchor] else { continue }
                scan(node, place: .workPlanItem(year: item.year, number: item.number, anchor: item.anchor, paragraph: plan.workPlan.paragraph),
                     source: plan.source)
            }
        }
        return ReferenceAnalysis(linkedTexts: linked, mentions: mentions)
    }

    /// The articles a chapter heading names (`五. …：第 54 条（…）和第 55 条（…）`), each one mention for the
    /// whole chapter. Other references in headings are left to the paragraphs.
    private func headingMentions(of chapter: Chapter, slug: String, log: inout DiagnosticLog) -> [ReferenceMention] {
        guard let paragraphs = chapter.paragraphRange else { return [] }
        let result = scanner.scan(chapter.title)
        for problem in result.problems {
            log.warning(problem.message, at: chapter.location, rule: problem.rule)
        }
        let bytes = Array(chapter.title.utf8)
        return result.references.compactMap { reference -> ReferenceMention? in
            guard case .article = reference.target else { return nil }
            return ReferenceMention(
                sessionSlug: slug, place: .chapterHeading(chapter: chapter.number, paragraphs: paragraphs),
                target: reference.target, subdivisions: reference.subdivisions,
                excerpt: Excerpt(sentenceIn: bytes, around: reference.utf8Range), location: chapter.location)
        }
    }
}
