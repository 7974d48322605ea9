import Diagnostics
import Model

/// Reads the front matter of a session's `report.md`.
public enum SessionMetadataReader {
    public static let keys = ["title", "body", "meeting", "dates", "venue", "language", "symbol", "source"]

    /// The metadata, and where the Chinese title stands in the file (the verbatim check starts there).
    public struct Reading {
        public var metadata: SessionMetadata?
        public var titleLocation: SourceLocation?
        /// The front matter has a `source:` key, valid or not (a session without one gets a warning).
        public var namesSource = false
    }

    public static func read(_ frontMatter: FrontMatter, path: String, log: inout DiagnosticLog) -> SessionMetadata? {
        readWithPlaces(frontMatter, path: path, log: &log).metadata
    }

    public static func readWithPlaces(_ frontMatter: FrontMatter, path: String, log: inout DiagnosticLog) -> Reading {
        var reading = Reading()
        reading.metadata = readMetadata(frontMatter, path: path, places: &reading, log: &log)
        return reading
    }

    private static func readMetadata(_ frontMatter: FrontMatter, path: String, places: inout Reading,
                                     log: inout DiagnosticLog) -> SessionMetadata? {
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
        let source = readSource(mapping, log: &log)
        let dates = readDates(mapping, log: &log)
        var ignored = DiagnosticLog()
        places.titleLocation = mapping.mapping("title", required: false, log: &ignored)?.valueLocation(of: "zh")
        places.namesSource = mapping.value("source") != nil
        guard let title, let body, let venue, let language, let dates else { return nil }
        return SessionMetadata(title: title, body: body, meeting: meeting, startDate: dates.start,
                               endDate: dates.end, venue: venue, language: language, symbol: symbol, source: source)
    }

    /// `source:` names a file in the session's own folder: a bare file name, never a path.
    private static func readSource(_ mapping: YAMLMapping, log: inout DiagnosticLog) -> String? {
        guard let name = mapping.string("source", required: false, log: &log) else { return nil }
        guard SourceFileName.isValid(name) else {
            log.error("'source' is the name of a file in the session's folder, such as 'source.txt' (no folder, no '..', "
                      + "not hidden): '\(name.debugDescription.dropFirst().dropLast())'", at: mapping.valueLocation(of: "source"), rule: .sourceInvalid)
            return nil
        }
        return name
    }

    private static func readDates(_ mapping: YAMLMapping, log: inout DiagnosticLog) -> (start: CalendarDate, end: CalendarDate)? {
        guard let dates = mapping.mapping("dates", required: true, log: &log) else { return nil }
        dates.rejectUnknownKeys(allowed: ["start", "end"], log: &log)
        // Both read before either is required, so that both are reported when both are missing.
        let start = dates.calendarDate("start", log: &log)
        let end = dates.calendarDate("end", log: &log)
        guard let start, let end else { return nil }
        guard start <= end else {
            log.error("the meeting ends (\(end)) before it starts (\(start))", at: dates.valueLocation(of: "end"), rule: .dateInvalid)
            return nil
        }
        return (start, end)
    }
}
