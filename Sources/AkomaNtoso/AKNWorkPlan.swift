import Loading
import Markdown
import Model

/// The work plan as a component of the report (`<component>` holding a `<doc name="workPlan">`): it is
/// part of the same record (the paragraph that adopts it refers to it with a `<componentRef>`), so it
/// shares the report's work and expression and is named by its component, `…/!workplan`. Each year's
/// meeting is an `<hcontainer name="meeting">`, each group of items (standing items, thematic
/// discussions) an `<hcontainer>` named by its kind, each item a `<point>` with its number and its text;
/// the bracketed notes of an item are `<blockContainer class="note">`s after its text.
enum AKNWorkPlan {
    static let componentName = "workplan"

    static func xml(_ plan: WorkPlanDocument, identity: AKNIdentification, marks: inout AKNTextMarks, eIds: inout AKNUniqueEIds) -> String {
        var builder = XMLBuilder()
        builder.open("components")
        builder.open("component", [("eId", eIds.claim(AKNEIds.workPlan))])
        builder.open("doc", [("name", "workPlan")])
        builder.newline()
        builder.raw(identity.meta(component: componentName, references: nil))
        builder.raw("<preface><p>")
        builder.element("docTitle", text: plan.workPlan.title.zh)
        builder.raw("</p></preface>")
        builder.newline()
        builder.open("mainBody")
        builder.newline()
        for meeting in plan.workPlan.meetings {
            builder.open("hcontainer", [("eId", eIds.claim(AKNEIds.meeting(meeting))), ("name", "meeting")])
            builder.element("heading", text: meeting.heading)
            builder.newline()
            for (index, group) in meeting.groups.enumerated() {
                builder.open("hcontainer", [("eId", eIds.claim(AKNEIds.group(index, in: meeting))), ("name", "\(group.kind.rawValue)Items")])
                builder.element("heading", text: group.heading)
                builder.newline()
                for item in group.items {
                    write(item, node: plan.itemNodes[item.anchor], marks: &marks, eId: eIds.claim(AKNEIds.item(item, in: meeting)), into: &builder)
                }
                builder.close("hcontainer")
                builder.newline()
            }
            builder.close("hcontainer")
            builder.newline()
        }
        if plan.workPlan.meetings.isEmpty { builder.raw("<p/>") }
        builder.close("mainBody")
        builder.newline()
        builder.close("doc")
        builder.close("component")
        builder.close("components")
        builder.newline()
        return builder.xml
    }

    /// An item: its text, then its notes, as the HTML shows them (a bracketed paragraph after the text).
    private static func write(_ item: WorkPlanItem, node: MarkdownNode?,
                              marks: inout AKNTextMarks, eId: String, into builder: inout XMLBuilder) {
        builder.open("point", [("eId", eId)])
        builder.element("num", text: "\(item.number).")
        builder.open("content")
        let parts = node.map(WorkPlanItemParts.init(item:))
        builder.raw(AKNBlocks.blocks(of: parts?.body ?? [], marks: &marks))
        for note in parts?.notes ?? [] {
            builder.open("blockContainer", [("class", "note")])
            builder.raw(AKNBlocks.blocks(of: [note], marks: &marks))
            builder.close("blockContainer")
        }
        builder.close("content")
        builder.close("point")
        builder.newline()
    }
}
