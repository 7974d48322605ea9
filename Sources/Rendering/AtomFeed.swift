import Linking
import Model
import Templates

/// `feed.xml`: the session reports as an Atom feed (RFC 4287), newest first. Dates come from the
/// record (a report is dated by its meeting's last day), so the feed is the same on every build.
struct AtomFeed {
    let publishing: Publishing
    let site: SiteConfiguration
    let strings: UIStrings
    let buildDate: CalendarDate?
    /// The interface version the feed is written for (its links go to that version's pages).
    let version: InterfaceVersion

    func file(sessions: [Session]) -> OutputFile? {
        guard let base = publishing.absoluteURL(version.place(URLScheme.home)),
              let selfURL = publishing.absoluteURL(version.place(URLScheme.feed)) else { return nil }
        let escape = HTMLEscaping.escape
        let dates = DateFormatting(strings: strings)
        let newestFirst = sessions.sorted { ($0.metadata.endDate.iso, $0.slug) > ($1.metadata.endDate.iso, $1.slug) }
        // With no session, the build's date if known, else the epoch: never the clock.
        let updated = (newestFirst.first?.metadata.endDate ?? buildDate).map(Self.timestamp) ?? "1970-01-01T00:00:00Z"
        let title = strings.format("feed_title", ["site": site.title.text(in: strings.language)])
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(strings.language.tag)">
        <id>\(escape(base))</id>
        <title>\(escape(title))</title>
        <updated>\(updated)</updated>
        <author><name>\(escape(site.title.text(in: strings.language)))</name></author>
        <link rel="self" type="application/atom+xml" href="\(escape(selfURL))"/>
        <link rel="alternate" type="text/html" href="\(escape(base))"/>
        <generator>Rapporteur</generator>

        """
        for session in newestFirst {
            guard let url = publishing.absoluteURL(version.place(URLScheme.session(session.slug))) else { continue }
            let metadata = session.metadata
            let summary = [metadata.title.en, dates.range(metadata.startDate, metadata.endDate),
                           metadata.venue.text(in: strings.language)].filter { !$0.isEmpty }.joined(separator: " · ")
            xml += """
            <entry>
            <id>\(escape(url))</id>
            <title type="text">\(escape(metadata.title.text(in: strings.language)))</title>
            <updated>\(Self.timestamp(metadata.endDate))</updated>
            <published>\(Self.timestamp(metadata.startDate))</published>
            <author><name>\(escape(metadata.body.text(in: strings.language)))</name></author>
            <link rel="alternate" type="text/html" href="\(escape(url))"/>
            <summary type="text">\(escape(summary))</summary>
            </entry>

            """
        }
        xml += "</feed>\n"
        return OutputFile(path: URLScheme.feed, text: xml)
    }

    /// An RFC 3339 date-time for a calendar day: its start, in UTC.
    static func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00Z" }
}
