import Model

/// Meeting dates as each interface language writes them: `2012 年 8 月 30 日至 31 日`, `30–31 August 2012`.
public struct DateFormatting: Sendable {
    public let strings: UIStrings

    public init(strings: UIStrings) {
        self.strings = strings
    }

    public func day(_ date: CalendarDate) -> String {
        strings.format("date_day", ["year": String(date.year), "month": month(date), "day": String(date.day)])
    }

    public func range(_ start: CalendarDate, _ end: CalendarDate) -> String {
        if start == end { return day(start) }
        let values = ["year": String(start.year), "month": month(start), "day": String(start.day),
                      "end_year": String(end.year), "end_month": month(end), "end_day": String(end.day)]
        if start.year != end.year { return strings.format("date_range_years", values) }
        if start.month != end.month { return strings.format("date_range_months", values) }
        return strings.format("date_range_days", values)
    }

    /// The month of a date, for charts' labels: `2012 年 8 月`, `August 2012`.
    public func month(of date: CalendarDate) -> String {
        strings.format("date_month", ["year": String(date.year), "month": month(date)])
    }

    private func month(_ date: CalendarDate) -> String {
        strings["month_\(date.month)"]
    }
}
