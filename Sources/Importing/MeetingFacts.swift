import Model

/// What the text states about the meeting, for the front matter: the dates, venue and body from the
/// title (`2012 年 8 月 30 日至 31 日在维也纳举行的资产追回问题不限成员名额政府间工作组会议的报告`), and the
/// meeting's number where the title or a paragraph states it (`举行了其第六次会议`).
struct MeetingFacts: Sendable, Hashable {
    var startDate: CalendarDate?
    var endDate: CalendarDate?
    var venue: String?
    var body: String?
    var meeting: Int?
    /// The source line that states the meeting's number, when a paragraph (not the title) does.
    var meetingLine: Int?
    var meetingPhrase: String?

    /// Nothing known: a report started by hand (`rapporteur new session`).
    init() {}

    init(title: String, paragraphs: [ImportedParagraph]) {
        readDates(title)
        venue = title.firstMatch(of: /在(.+?)举行/).map { String($0.output.1) }
        if let match = title.firstMatch(of: /举行的(.+?)(?:第([〇零一二两三四五六七八九十百]+|\d+)次)?(?:会议)?的?报告$/) {
            body = String(match.output.1)
            meeting = match.output.2.flatMap(Self.number)
        }
        guard meeting == nil else { return }
        for paragraph in paragraphs {
            let text = paragraph.text.text
            guard let match = text.firstMatch(of: /(?:其|了)第([〇零一二两三四五六七八九十百]+|\d+)次会议/),
                  let number = Self.number(match.output.1) else { continue }
            meeting = number
            meetingPhrase = String(match.output.0)
            meetingLine = paragraph.text.fragments.first { $0.text.contains("次会议") }?.line ?? paragraph.text.firstLine
            return
        }
    }

    /// `Y 年 M 月 D 日`, then optionally `至` (or `和`) and a last day: `D 日`, `M 月 D 日` or `Y 年 M 月 D 日`.
    private mutating func readDates(_ title: String) {
        let pattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|和|-|–)\s*(?:(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/
        guard let match = title.firstMatch(of: pattern),
              let year = Int(match.output.1), let month = Int(match.output.2), let day = Int(match.output.3),
              let start = CalendarDate(year: year, month: month, day: day) else { return }
        startDate = start
        let endYear = match.output.4.flatMap { Int($0) } ?? year
        let endMonth = match.output.5.flatMap { Int($0) } ?? month
        let endDay = match.output.6.flatMap { Int($0) } ?? day
        if let end = CalendarDate(year: endYear, month: endMonth, day: endDay), end >= start {
            endDate = end
        }
    }

    private static func number(_ text: Substring) -> Int? {
        Int(text) ?? ChineseNumeral.value(of: text)
    }
}
