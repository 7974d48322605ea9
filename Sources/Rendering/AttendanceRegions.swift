import Linking
import Model

/// The attendance page's Member States by UN regional group: a table of counts whose group names lead to
/// each group's list (the filter, without script), the same counts as a bar chart, and the lists.
extension AttendancePages {
    func regionsView(_ session: Session, lists: [AttendanceList], context: PageContext) -> RegionsView? {
        let counts = RegionCounts(lists: lists, registry: registry, on: session.metadata.startDate)
        guard counts.total > 0 else { return nil }
        let main = counts.mainParagraph
        let groups = Region.allCases.map { region in
            let members = (counts.statesByRegion[region] ?? [])
                .sorted { PinyinCollation.areInIncreasingOrder($0.state.name.zh, $1.state.name.zh) }
            return RegionsView.Group(
                anchor: "region-\(region.rawValue)", region: region.rawValue, label: strings[region.labelKey], count: members.count,
                hasStates: !members.isEmpty,
                states: members.map { member in
                    // A State that attended under another category than most (a signatory, an observer).
                    let category = member.list.paragraph != main ? categoryShown(member.list.category) : nil
                    return .init(nameZh: member.state.name.zh, nameEn: member.state.name.en,
                                 href: context.link(URLScheme.participant(member.state.id)), category: category?.text, categoryLang: category?.lang)
                })
        }
        let chart = BarChart(
            id: "region-chart", title: strings["region_chart_title"],
            description: strings.format("region_chart_desc", ["counts": Self.countsText(counts, strings: strings)]),
            series: [BarChart.Series(name: "", cssClass: "series-states")],
            rows: Region.allCases.map { region in
                BarChart.Row(label: strings[region.shortLabelKey], values: [counts.count(region)], cssClass: "series-\(region.rawValue)")
            })
        return RegionsView(groups: groups, chart: chart.svg,
                           totalLabel: strings.format("states_by_region_total", ["count": String(counts.total)]))
    }

    /// `非洲国家组 17 个，…`: the counts in words, for a chart's description.
    static func countsText(_ counts: RegionCounts, strings: UIStrings) -> String {
        Region.allCases.map { region in
            strings.format("region_chart_item", ["region": strings[region.labelKey], "count": String(counts.count(region))])
        }.joined(separator: strings["region_chart_separator"])
    }
}
