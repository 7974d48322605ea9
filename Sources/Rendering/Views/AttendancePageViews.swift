/// The views of the attendance pages: a session's attendance, the participants index and a participant.

/// A name on an attendance list: a participant of the registry, or a name it does not know.
struct AttendanceRowView: Codable, Sendable {
    var nameZh: String
    var nameEn: String?
    var href: String?
    /// The name as the record writes it, when it is not the registry's.
    var written: String?
    var code: String?
    var unmatched: Bool?
}

/// A session's attendance (`attendance.mustache`).
struct AttendancePageView: Codable, Sendable {
    struct Table: Codable, Sendable {
        var anchor: String
        var categoryZh: String
        var categoryEn: String?
        /// The category in the interface's language when it has that form, and that language.
        var categoryShown: String
        var categoryLang: String
        var count: Int
        var countLabel: String
        var paragraphLabel: String
        var paragraphHref: String?
        var rows: [AttendanceRowView]
    }

    var sessionTitle: String
    var sessionTitleLang: String
    var tables: [Table]
    var hasTables: Bool
    var regions: RegionsView?
    var totalLabel: String
    var csvHref: String
    var jsonHref: String
    var participantsHref: String
    var s: [String: String]
}

/// The Member States of a session by UN regional group, with their chart.
struct RegionsView: Codable, Sendable {
    struct Group: Codable, Sendable {
        var anchor: String
        var region: String
        var label: String
        var count: Int
        var hasStates: Bool
        var states: [State]
    }

    struct State: Codable, Sendable {
        var nameZh: String
        var nameEn: String
        var href: String
        /// The category the State attended under, when not the main list's, and its language.
        var category: String?
        var categoryLang: String?
    }

    var groups: [Group]
    /// The chart, as SVG written by `BarChart`.
    var chart: String
    var totalLabel: String
}

/// The charts across sessions on the participants index.
struct SessionChartsView: Codable, Sendable {
    struct RegionHeader: Codable, Sendable {
        var label: String
        var title: String
    }

    struct Row: Codable, Sendable {
        struct Cell: Codable, Sendable {
            var count: Int
        }

        var label: String
        /// The session's attendance page, and its cover.
        var href: String
        var coverHref: String
        var regionCells: [Cell]
        var total: Int
        var articles: Int
    }

    var regionChart: String
    var articlesChart: String
    var regionChartTitle: String
    var articlesChartTitle: String
    var regionHeaders: [RegionHeader]
    var sessionRows: [Row]
    /// On the first page only: it counts across all sessions.
    var mostCited: MostCited?
    /// The links between the pages of sessions, when there is more than one.
    var pagination: PaginationView?

    /// The articles cited most across sessions.
    struct MostCited: Codable, Sendable {
        struct Row: Codable, Sendable {
            var label: String
            var href: String
            var title: String
            var titleLang: String
            var count: Int
            var sessions: Int
        }

        var chart: String
        var title: String
        var intro: String
        var rows: [Row]
    }
}

/// The page of charts across sessions (`charts.mustache`).
struct ChartsPageView: Codable, Sendable {
    var s: [String: String]
    var hasSessions: Bool
    var articlesIndexHref: String
}

/// Every participant and the sessions each attended (`participants.mustache`), in one of three orders.
struct ParticipantsPageView: Codable, Sendable {
    struct Row: Codable, Sendable {
        struct Cell: Codable, Sendable {
            var absent: Bool?
            var category: String?
            var categoryLang: String?
        }

        var nameZh: String
        var nameEn: String
        var href: String
        var attendedCount: Int
        var cells: [Cell]
        var code: String?
    }

    var sessions: [LinkView]
    var orders: [NavigationLinkView]
    var rows: [Row]
    var count: Int
    var csvHref: String
    var jsonHref: String
    var s: [String: String]
    /// The page of charts across sessions, when there are sessions.
    var chartsHref: String?
    /// The links between the pages of the table (its columns, `page_length` sessions at most 20), when there
    /// are several.
    var pagination: PaginationView?
}

/// One participant: its sessions and the paragraphs that name it (`participant.mustache`).
struct ParticipantPageView: Codable, Sendable {
    struct Attendance: Codable, Sendable {
        var sessionTitle: String
        var sessionTitleLang: String
        var sessionHref: String
        var categoryZh: String
        /// The UN's English wording of the category, or nothing.
        var categoryEn: String
        var paragraphLabel: String
        var kindThen: String?
        var paragraphHref: String?
    }

    struct EarlierKind: Codable, Sendable {
        var text: String
    }

    var nameZh: String
    var nameEn: String
    var kind: String
    var earlierKinds: [EarlierKind]
    var attended: [Attendance]
    var hasAttended: Bool
    var s: [String: String]
    var mentionGroups: [MentionGroupView]
    var hasMentions: Bool
    var code: String?
    var aliases: String?
    /// The links between the pages of its sessions, when there are several.
    var pagination: PaginationView?
}
