/// Writes the front matter of a session's `report.md`: every key the session reader accepts, each with
/// its value or left empty for the editor (`en:`). With `explained`, a comment on each line says what
/// the value is, for a report started by hand (`rapporteur new session`).
enum SessionFrontMatterWriter {
    /// The name `rapporteur import` gives the extracted text it copies into the session's folder.
    static let sourceFileName = "source.txt"

    /// Writes `title` and what `facts` know; what they do not is written as an empty value. `source` is
    /// the file name of the session's source text, when it has one.
    static func write(title: String?, facts: MeetingFacts, source: String?, explained: Bool, to page: inout MarkdownPage) {
        func note(_ text: String) -> String? { explained ? text : nil }
        page.append("---")
        if explained {
            page.append("# The session's facts. Fill in every empty value, then run 'rapporteur check'.")
        }
        page.appendField("title", nil, comment: note("the report's title"))
        page.appendField("zh", title.map(YAMLScalar.text), indent: 2, field: "title.zh",
                         comment: note("in Chinese, as the report writes it"))
        page.appendField("en", nil, indent: 2, field: "title.en", comment: note("in English, written by the editors"))
        page.appendField("body", nil, comment: note("the body that met"))
        page.appendField("zh", facts.body.map(YAMLScalar.text), indent: 2, field: "body.zh",
                         comment: note("its Chinese name, e.g. 资产追回问题不限成员名额政府间工作组"))
        page.appendField("en", nil, indent: 2, field: "body.en", comment: note("its English name"))
        page.appendField("meeting", facts.meeting.map(String.init),
                         comment: note("optional: the meeting's number within the body, e.g. 6"))
        page.appendField("dates", nil, comment: note("the meeting's first and last day, YYYY-MM-DD"))
        page.appendField("start", facts.startDate?.iso, indent: 2, field: "dates.start", comment: note("e.g. 2012-08-30"))
        page.appendField("end", facts.endDate?.iso, indent: 2, field: "dates.end",
                         comment: note("e.g. 2012-08-31; the same day for a one-day meeting"))
        page.appendField("venue", nil, comment: note("where it met"))
        page.appendField("zh", facts.venue.map(YAMLScalar.text), indent: 2, field: "venue.zh", comment: note("in Chinese, e.g. 维也纳"))
        page.appendField("en", nil, indent: 2, field: "venue.en", comment: note("in English, e.g. Vienna"))
        page.appendField("language", "zh-Hans", comment: note("the record's language, a BCP 47 tag"))
        page.appendField("symbol", nil,
                         comment: note("optional: the report's UN document symbol, as its first page prints it; never guess"))
        page.appendField("source", source,
                         comment: note("the text extracted from the report's PDF, saved in this folder (e.g. source.txt): "
                                       + "the build proves the text verbatim against it, and warns while there is none"))
        page.append("---")
    }
}
