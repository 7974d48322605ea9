import Loading
import Model

/// The report's body as `<mainBody>`: each chapter a `<chapter>` (its label as `<num>`, its title as
/// `<heading>`), each section a `<section>` in it, each numbered paragraph a `<paragraph>` with its number
/// as `<num>` and its text as blocks. The paragraph that adopts the work plan ends with a `<componentRef>`
/// to it, as the HTML continues the paragraph with the plan.
enum AKNMainBody {
    static func xml(_ report: ReportDocument, workPlan: WorkPlan?, marks: inout AKNTextMarks, eIds: inout AKNUniqueEIds) -> String {
        var builder = XMLBuilder()
        builder.open("mainBody")
        builder.newline()
        for chapter in report.report.chapters {
            builder.open("chapter", [("eId", eIds.claim(AKNEIds.chapter(chapter.number)))])
            builder.element("num", text: chapter.label)
            builder.element("heading", text: chapter.title)
            builder.newline()
            for paragraph in chapter.paragraphs { write(paragraph, report, workPlan, &marks, &eIds, into: &builder) }
            for section in chapter.sections {
                builder.open("section", [("eId", eIds.claim(AKNEIds.section(section, in: chapter.number)))])
                builder.element("num", text: section.label)
                builder.element("heading", text: section.title)
                builder.newline()
                for paragraph in section.paragraphs { write(paragraph, report, workPlan, &marks, &eIds, into: &builder) }
                if section.paragraphs.isEmpty { emptyContent(into: &builder) }
                builder.close("section")
                builder.newline()
            }
            if chapter.paragraphs.isEmpty && chapter.sections.isEmpty { emptyContent(into: &builder) }
            builder.close("chapter")
            builder.newline()
        }
        builder.close("mainBody")
        return builder.xml
    }

    private static func write(_ paragraph: Paragraph, _ report: ReportDocument, _ workPlan: WorkPlan?,
                              _ marks: inout AKNTextMarks, _ eIds: inout AKNUniqueEIds, into builder: inout XMLBuilder) {
        let blocks = report.paragraphNodes[paragraph.number].map { AKNBlocks.blocks(of: $0.children, marks: &marks) } ?? "<p/>"
        builder.open("paragraph", [("eId", eIds.claim(AKNEIds.paragraph(paragraph.number)))])
        builder.element("num", text: "\(paragraph.number).")
        if let workPlan, workPlan.paragraph == paragraph.number {
            builder.open("intro")
            builder.raw(blocks)
            builder.close("intro")
            builder.empty("componentRef", [("src", "#\(AKNEIds.workPlan)"), ("showAs", workPlan.title.zh)])
        } else {
            builder.open("content")
            builder.raw(blocks)
            builder.close("content")
        }
        builder.close("paragraph")
        builder.newline()
    }

    /// A chapter or section with no paragraph (the reader reports it; the file stays valid).
    private static func emptyContent(into builder: inout XMLBuilder) {
        builder.raw("<content><p/></content>")
    }
}
