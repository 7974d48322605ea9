import Model

/// The eIds of the report's parts, in the Naming Convention's form, each matching the fragment of the
/// same part on the HTML pages:
///
/// | part | eId | HTML |
/// | --- | --- | --- |
/// | chapter 2 | `chp_2` | `full.html#chapter-2` |
/// | its section A | `chp_2__sec_a` | `chapter-2.html#section-a` |
/// | paragraph 31 | `para_31` (numbered through the report, so without its chapter) | `chapter-n.html#p31` |
/// | the work plan | `cmp_workplan` (its component) | `work-plan.html` |
/// | the 2013 meeting | `cmp_workplan__meeting_2013` | `work-plan.html#y2013` |
/// | its item 5 | `cmp_workplan__meeting_2013__item_5` | `work-plan.html#y2013-5` |
public enum AKNEIds {
    public static func chapter(_ number: Int) -> String { "chp_\(number)" }

    public static func section(_ section: Section, in chapter: Int) -> String {
        "\(Self.chapter(chapter))__sec_\(XMLText.identifier(section.label.lowercased()))"
    }

    public static func paragraph(_ number: Int) -> String { "para_\(number)" }

    public static let workPlan = "cmp_workplan"

    public static func meeting(_ meeting: WorkPlanMeeting) -> String {
        "\(workPlan)__meeting_\(meeting.year.map(String.init) ?? "line-\(meeting.location.line)")"
    }

    public static func group(_ index: Int, in meeting: WorkPlanMeeting) -> String {
        "\(Self.meeting(meeting))__group_\(index + 1)"
    }

    public static func item(_ item: WorkPlanItem, in meeting: WorkPlanMeeting) -> String {
        "\(Self.meeting(meeting))__item_\(item.number)"
    }

    /// The TLC of the session's body (the report's author), of Rapporteur (the markup's source), of a
    /// participant and of a glossary term.
    public static let body = "body"
    public static let rapporteur = "rapporteur"
    public static let authorRole = "author"
    public static let venue = "venue"

    public static func participant(_ id: String) -> String { "participant_\(XMLText.identifier(id.lowercased()))" }

    public static func term(_ id: String) -> String { "term_\(XMLText.identifier(id))" }
}
