import Model

/// The Member States of a session's attendance lists grouped by UN regional group: each State once, in
/// the record's order, counted when it was a State on the session's date and its group is known.
struct RegionCounts: Sendable {
    /// A State and the list it attended under.
    struct Member: Sendable {
        let state: Participant
        let list: AttendanceList
    }

    let statesByRegion: [Region: [Member]]

    init(lists: [AttendanceList], registry: ParticipantRegistry, on date: CalendarDate?) {
        var seen: Set<String> = []
        var byRegion: [Region: [Member]] = [:]
        for list in lists {
            for entry in list.entries {
                guard let id = entry.participantID, let participant = registry.participant(id: id),
                      let region = participant.region,
                      (date.map(participant.kind(on:)) ?? participant.kind) == .state,
                      seen.insert(id).inserted else { continue }
                byRegion[region, default: []].append(Member(state: participant, list: list))
            }
        }
        statesByRegion = byRegion
    }

    func count(_ region: Region) -> Int {
        statesByRegion[region]?.count ?? 0
    }

    /// The paragraph of the list most States attended under (the States parties, in a Convention's
    /// meeting): the others are named beside each State.
    var mainParagraph: Int? {
        Dictionary(grouping: statesByRegion.values.joined(), by: \.list.paragraph)
            .max { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key > $1.key }?.key
    }

    var total: Int {
        statesByRegion.values.reduce(0) { $0 + $1.count }
    }

    /// The series of a chart by region, in the UN's order of the groups, each with its colour and marks.
    static func series(_ strings: UIStrings) -> [BarChart.Series] {
        Region.allCases.map { BarChart.Series(name: strings[$0.shortLabelKey], cssClass: "series-\($0.rawValue)", pattern: $0.chartPattern) }
    }
}

extension Region {
    /// Its marks in a stacked chart, so that no group is told from its neighbour by colour alone.
    var chartPattern: ChartPattern {
        switch self {
        case .african: return .solid
        case .asiaPacific: return .diagonal
        case .easternEuropean: return .dots
        case .latinAmericanCaribbean: return .horizontal
        case .westernEuropeanOther: return .crosshatch
        }
    }
}
