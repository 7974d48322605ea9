extension ImportedReport {
    /// Every piece of text of the report and its work plan, for the notes of their line joins.
    var allRuns: [TextRun] {
        var runs = [title]
        for block in blocks {
            switch block {
            case .chapter(let heading), .section(let heading):
                runs.append(heading.title)
            case .paragraph(let paragraph):
                runs.append(paragraph.text)
                runs += paragraph.items.flatMap(\.allRuns)
            }
        }
        for meeting in workPlan?.meetings ?? [] {
            runs.append(meeting.heading)
            for group in meeting.groups {
                runs.append(group.heading)
                for item in group.items { runs += [item.text] + item.notes }
            }
        }
        return runs
    }
}

extension ImportedListItem {
    var allRuns: [TextRun] { [text] + children.flatMap(\.allRuns) }
}
