/// What a session report's front matter says about the meeting.
public struct SessionMetadata: Sendable, Hashable, Codable {
    /// The report's title: Chinese as in the source, English written by the editors.
    public var title: BilingualText
    /// The body that met, e.g. the Open-ended Intergovernmental Working Group on Asset Recovery.
    public var body: BilingualText
    /// The meeting's ordinal number within the body (6 for the sixth meeting), when known.
    public var meeting: Int?
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var venue: BilingualText
    /// The language of the record, a BCP 47 tag such as `zh-Hans`.
    public var language: String
    /// The report's UN document symbol, when the source states it. Never guessed.
    public var symbol: String?
    /// The file name, in the session's folder, of the text extracted from the report's PDF, against which
    /// the build proves the Markdown verbatim (`source.txt`); nil when the session has none.
    public var source: String?

    public init(title: BilingualText, body: BilingualText, meeting: Int?, startDate: CalendarDate,
                endDate: CalendarDate, venue: BilingualText, language: String, symbol: String?, source: String? = nil) {
        self.title = title
        self.body = body
        self.meeting = meeting
        self.startDate = startDate
        self.endDate = endDate
        self.venue = venue
        self.language = language
        self.symbol = symbol
        self.source = source
    }
}
