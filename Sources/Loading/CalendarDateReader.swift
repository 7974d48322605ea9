import Diagnostics
import Model

extension YAMLMapping {
    /// Reads `key` as a day written `YYYY-MM-DD` (required); a day that does not exist is an error.
    public func calendarDate(_ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: true, log: &log) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            log.error("'\(key)' must be a real date written YYYY-MM-DD, not '\(text)'", at: valueLocation(of: key), rule: .dateInvalid)
            return nil
        }
        return date
    }
}
