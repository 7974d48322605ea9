/// The review notes about the front matter: the fields left for the editor (English names, and anything
/// the text does not state) and the ones the importer read from outside the title.
enum FrontMatterReview {
    static func report(title: TextRun, facts: MeetingFacts, headerSymbols: [String]) -> [ReviewNote] {
        let line = title.firstLine
        func field(_ name: String, _ message: String, sourceLine: Int = line) -> ReviewNote {
            ReviewNote("\(name): \(message)", sourceLine: sourceLine, place: .field(.report, name))
        }
        var notes = [
            field("title.en", "left empty: write the English title of the report"),
            field("body.en", "left empty: write the English name of the body"),
            field("venue.en", "left empty: write the English name of the venue"),
        ]
        if title.isEmpty { notes.append(field("title.zh", "no title found before the first chapter heading: write it")) }
        if facts.body == nil { notes.append(field("body.zh", "the title does not name the body ('…举行的<body>会议的报告'): write it")) }
        if facts.venue == nil { notes.append(field("venue.zh", "the title does not name the venue ('在<venue>举行'): write it")) }
        if facts.startDate == nil { notes.append(field("dates.start", "the title states no date ('2012 年 8 月 30 日'): write it")) }
        if facts.endDate == nil { notes.append(field("dates.end", "the title states no last day of the meeting: write it")) }
        if let meetingLine = facts.meetingLine, let meeting = facts.meeting, let phrase = facts.meetingPhrase {
            notes.append(field("meeting", "\(meeting), read from '\(phrase)'", sourceLine: meetingLine))
        } else if facts.meeting == nil {
            notes.append(field("meeting", "left empty: the text does not state the meeting's number"))
        }
        let seen = headerSymbols.isEmpty ? "" : " (the running header shows '\(headerSymbols.joined(separator: "', '"))': check it against the report's first page)"
        notes.append(field("symbol", "left empty: the text does not state the report's symbol\(seen)"))
        return notes
    }

    static func workPlan(_ plan: ImportedWorkPlan, facts: WorkPlanFacts, hostLine: Int) -> [ReviewNote] {
        func field(_ name: String, _ message: String) -> ReviewNote {
            ReviewNote("work plan \(name): \(message)", sourceLine: hostLine, place: .field(.workPlan, name))
        }
        let discussed = facts.discussedIn.isEmpty ? "none found" : facts.discussedIn.map(String.init).joined(separator: ", ")
        return [
            field("title.en", "left empty: write the English title of the work plan"),
            field("title.zh", "'\(facts.title)', read from paragraph \(plan.hostParagraph)"),
            field("discussed_in", "\(discussed): the paragraphs that name the \(WorkPlanFacts.term) or stand in the chapter whose heading does"),
        ]
    }
}
