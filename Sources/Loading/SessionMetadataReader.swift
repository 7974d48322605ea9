import Diagnostics
import Model

/// Reads the front matter of a session's `report.md`.
public enum SessionMetadataReader {
    public static let keys = ["title", "body", "meeting", "dates", "venue", "language", "symbol"]

    public static func read(_ frontMatter: FrontMatter, path: String, log: inout DiagnosticLog) -> SessionMetadata? {
        let reader = YAMLReader(path: path, firstLine: frontMatter.yamlFirstLine)
        guard let mapping = reader.parseMapping(frontMatter.yaml, log: &log) else { return nil }
        if frontMatter.yaml.isEmpty {
            log.error("the report has no front matter; start the file with '---', the fields, and '---'",
                      at: SourceLocation(path: path), rule: .frontMatterMissing)
            return nil
        }
        mapping.rejectUnknownKeys(allowed: keys, log: &log)
        let title = mapping.bilingualText("title", required: true, log: &log)
        let body = mapping.bilingualText("body", required: true, log: &log)
        let meeting = mapping.integer("meeting", required: false, range: 1...10_000, log: &log)
        let venue = mapping.bilingualText("venue", required: true, log: &log)
        let language = mapping.string("language", required: true, log: &log)
        let symbol = mapping.string("symbol", required: false, log: &log)
        let dates = readDates(mapping, log: &log)
        guard let title, let body, let venue, let language, let dates else { return nil }
        return SessionMetadata(title: title, body: body, meeting: meeting, startDate: dates.start,
                               endDate: dates.end, venue: venue, language: language, symbol: symbol)
    }

    private static func readDates(_ mapping: YAMLMapping, log: inout DiagnosticLog) -> (start: CalendarDate, end: CalendarDate)? {
        guard let dates = mapping.mapping("dates", required: true, log: &log) else { return nil }
        dates.rejectUnknownKeys(allowed: ["start", "end"], log: &log)
        func date(_ key: String) -> CalendarDate? {
            guard let text = dates.string(key, required: true, log: &log) else { return nil }
            guard let date = CalendarDate(iso: text) else {
                log.error("'\(key)' must be a real date written YYYY-MM-DD, not '\(text)'", at: dates.valueLocation(of: key), rule: .dateInvalid)
                return nil
            }
            return date
        }
        // Both read before either is required, so that both are reported when both are missing.
        let start = date("start")
        let end = date("end")
        guard let start, let end else { return nil }
        guard start <= end else {
            log.error("the meeting ends (\(end)) before it starts (\(start))", at: dates.valueLocation(of: "end"), rule: .dateInvalid)
            return nil
        }
        return (start, end)
    }
}
