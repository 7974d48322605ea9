import Foundation
import Linking
import Model

/// `data/attendance.csv` (the whole archive, for download) and `data/attendance/<slug>.json` (one
/// session's, so that no file a program reads grows with the archive), listed by `data/attendance.json`:
/// one row per session × participant × category, each participant's kind as it was on the session's date.
struct AttendanceData: Sendable {
    let attendance: [AttendanceList]
    let registry: ParticipantRegistry
    let siteMap: SiteMap
    /// The lists of each session, by slug, in the record's order.
    private let listsBySession: [String: [AttendanceList]]

    init(attendance: [AttendanceList], registry: ParticipantRegistry, siteMap: SiteMap) {
        self.attendance = attendance
        self.registry = registry
        self.siteMap = siteMap
        self.listsBySession = Dictionary(grouping: attendance, by: \.sessionSlug)
    }

    struct Row: Encodable {
        let session: String
        let sessionDate: String
        let paragraph: Int
        let categoryZh: String
        let categoryEn: String
        let nameAsWritten: String
        let participantID: String
        let nameZh: String
        let nameEn: String
        let code: String
        let kind: String
        /// The UN regional group, for a State (last, so that readers of the earlier columns are unchanged).
        let region: String
    }

    var rows: [Row] { rows(of: attendance) }

    func rows(of lists: [AttendanceList]) -> [Row] {
        lists.flatMap { list in
            list.entries.map { entry in
                let participant = entry.participantID.flatMap(registry.participant(id:))
                let date = siteMap.session(list.sessionSlug)?.metadata.startDate
                // The kind on the session's date: Palestine in August 2012 was not yet an observer State.
                let kind = participant.map { participant in date.map(participant.kind(on:)) ?? participant.kind }
                return Row(session: list.sessionSlug, sessionDate: date?.iso ?? "", paragraph: list.paragraph,
                           categoryZh: list.category.zh, categoryEn: list.category.en ?? "", nameAsWritten: entry.name,
                           participantID: participant?.id ?? "", nameZh: participant?.name.zh ?? "", nameEn: participant?.name.en ?? "",
                           code: participant?.code ?? "", kind: kind?.rawValue ?? "",
                           region: participant?.region?.rawValue ?? "")
            }
        }
    }

    /// RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese.
    var csv: OutputFile {
        let header = ["session", "session_date", "paragraph", "category_zh", "category_en", "name_as_written",
                      "participant_id", "name_zh", "name_en", "code", "kind", "region"]
        var lines = [header.joined(separator: ",")]
        for row in rows {
            lines.append([row.session, row.sessionDate, String(row.paragraph), row.categoryZh, row.categoryEn, row.nameAsWritten,
                          row.participantID, row.nameZh, row.nameEn, row.code, row.kind, row.region].map(Self.csvField).joined(separator: ","))
        }
        return OutputFile(path: URLScheme.attendanceCSV, text: "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
    }

    /// A session's file: its slug and date, and its rows.
    func json(session: Session) -> OutputFile {
        struct SessionFile: Encodable {
            let session: String
            let sessionDate: String
            let attendance: [Row]
        }
        let file = SessionFile(session: session.slug, sessionDate: session.metadata.startDate.iso,
                               attendance: rows(of: listsBySession[session.slug] ?? []))
        return OutputFile(path: URLScheme.attendanceJSON(session.slug), contents: Self.encoded(file))
    }

    /// The list of the sessions' files, newest session first, with the archive's CSV.
    var jsonIndex: OutputFile {
        struct Entry: Encodable {
            let session: String
            let sessionDate: String
            let rows: Int
            let href: String
        }
        struct Index: Encodable {
            let csv: String
            let sessions: [Entry]
        }
        let here = URLScheme.attendanceJSON
        let index = Index(csv: here.link(to: URLScheme.attendanceCSV), sessions: siteMap.sessions.map { session in
            Entry(session: session.slug, sessionDate: session.metadata.startDate.iso,
                  rows: (listsBySession[session.slug] ?? []).reduce(0) { $0 + $1.entries.count },
                  href: here.link(to: URLScheme.attendanceJSON(session.slug)))
        })
        return OutputFile(path: here, contents: Self.encoded(index))
    }

    private static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return ((try? encoder.encode(value)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// A CSV field (RFC 4180) that a spreadsheet shows as text: a value that starts with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return would be run as a formula (`=HYPERLINK(…)`), so it gets a leading `'`,
    /// as OWASP advises; quoted when it holds a comma, a quote or a line break.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
