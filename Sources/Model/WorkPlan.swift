import Diagnostics

/// A multi-year work plan adopted at a session: one meeting a year, each with standing items and
/// thematic discussions, each item with bracketed notes.
public struct WorkPlan: Sendable, Hashable, Codable {
    public var title: BilingualText
    /// The report paragraph that adopts the plan and whose text it continues (20 in the 2012 report).
    public var paragraph: Int
    /// Other report paragraphs that discuss the plan; they link to it.
    public var discussedIn: [Int]
    public var meetings: [WorkPlanMeeting]
    public var location: SourceLocation

    public init(title: BilingualText, paragraph: Int, discussedIn: [Int] = [], meetings: [WorkPlanMeeting],
                location: SourceLocation) {
        self.title = title
        self.paragraph = paragraph
        self.discussedIn = discussedIn
        self.meetings = meetings
        self.location = location
    }

    public var items: [WorkPlanItem] { meetings.flatMap { $0.groups.flatMap(\.items) } }
}

/// The plan for one year's meeting (2013年会议).
public struct WorkPlanMeeting: Sendable, Hashable, Codable {
    public var heading: String
    /// The year, read from the heading.
    public var year: Int?
    public var groups: [WorkPlanGroup]
    public var location: SourceLocation

    public init(heading: String, year: Int?, groups: [WorkPlanGroup], location: SourceLocation) {
        self.heading = heading
        self.year = year
        self.groups = groups
        self.location = location
    }

    public var anchor: String { year.map { "y\($0)" } ?? "meeting-\(location.line)" }
}

/// A group of items within a year: standing items (常设议题) or thematic discussions (专题讨论).
public struct WorkPlanGroup: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case standing
        case thematic
        case other
    }

    public var heading: String
    public var kind: Kind
    public var items: [WorkPlanItem]
    public var location: SourceLocation

    public init(heading: String, kind: Kind, items: [WorkPlanItem], location: SourceLocation) {
        self.heading = heading
        self.kind = kind
        self.items = items
        self.location = location
    }
}

/// One numbered item of a year's agenda, with its notes ([请注意：…]).
public struct WorkPlanItem: Sendable, Hashable, Codable {
    public var year: Int?
    public var number: Int
    public var location: SourceLocation
    public var text: String
    public var notes: [String]

    public init(year: Int?, number: Int, location: SourceLocation, text: String, notes: [String]) {
        self.year = year
        self.number = number
        self.location = location
        self.text = text
        self.notes = notes
    }

    /// The fragment identifier on the work-plan page: `y2013-5`.
    public var anchor: String { "y\(year.map(String.init) ?? "0")-\(number)" }
}
