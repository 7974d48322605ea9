import Diagnostics
import Model

/// Everything `Content/` holds, read and checked.
public struct LoadedContent {
    public var site: SiteConfiguration
    /// Sessions in a stable order: newest first, then by slug.
    public var sessions: [LoadedSession]
    /// The Convention's chapters and articles (empty when `reference/articles.yml` is absent).
    public var convention: ConventionRegistry
    /// States and organizations (empty when `reference/participants.yml` is absent).
    public var participants: ParticipantRegistry
    public var attendanceCategories: AttendanceCategoryNames
    /// The bilingual glossary (empty when `glossary.yml` is absent).
    public var glossary: Glossary = .empty

    public init(site: SiteConfiguration, sessions: [LoadedSession], convention: ConventionRegistry = .empty,
                participants: ParticipantRegistry = .empty, attendanceCategories: AttendanceCategoryNames = .empty) {
        self.site = site
        self.sessions = sessions
        self.convention = convention
        self.participants = participants
        self.attendanceCategories = attendanceCategories
    }
}

/// The reference data every session is read against: the Convention, the participants, the
/// attendance categories' English names and the glossary (each empty when its file is absent).
public struct ReferenceData: Sendable {
    public var convention: ConventionRegistry = .empty
    public var participants: ParticipantRegistry = .empty
    public var attendanceCategories: AttendanceCategoryNames = .empty
    public var glossary: Glossary = .empty

    public init() {}
}

extension LoadedContent {
    public var references: ReferenceData {
        var data = ReferenceData()
        data.convention = convention
        data.participants = participants
        data.attendanceCategories = attendanceCategories
        data.glossary = glossary
        return data
    }
}

/// One session folder: its model, and the parsed documents that rendering needs.
public struct LoadedSession {
    public var session: Session
    public var report: ReportDocument
    public var workPlan: WorkPlanDocument?
    /// The text extracted from the report's PDF, when the session names one.
    public var source: SessionSourceText?

    public init(session: Session, report: ReportDocument, workPlan: WorkPlanDocument?) {
        self.session = session
        self.report = report
        self.workPlan = workPlan
    }
}

/// A session's source text (the text extracted from the report's PDF), with where the report's title
/// stands in the front matter, for the verbatim check.
public struct SessionSourceText: Sendable {
    public var file: TextFile
    public var titleLocation: SourceLocation?

    public init(file: TextFile, titleLocation: SourceLocation?) {
        self.file = file
        self.titleLocation = titleLocation
    }
}
