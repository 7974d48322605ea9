import Foundation
import Linking
import Model

/// The attendance of each session, the participants across sessions, and the data files for researchers.
struct AttendancePages: Sendable {
    let attendance: [AttendanceList]
    let registry: ParticipantRegistry
    let index: ReferenceIndex
    let siteMap: SiteMap
    let strings: UIStrings
    let references: ReferencePages
    /// How many sessions a page of a participant shows (the site's `page_length`).
    var pageLength: Int { references.pageLength }
    /// The participants who attended a session or are named in one, with their attendance per session;
    /// computed once, read by every participant page and ordering.
    private let listedParticipants: [(participant: Participant, attended: [String: AttendanceList])]
    /// The lists each participant is on, by participant, in the record's order.
    private let attendedLists: [String: [AttendanceList]]

    init(attendance: [AttendanceList], registry: ParticipantRegistry, index: ReferenceIndex, siteMap: SiteMap,
         strings: UIStrings, references: ReferencePages) {
        self.attendance = attendance
        self.registry = registry
        self.index = index
        self.siteMap = siteMap
        self.strings = strings
        self.references = references
        self.listedParticipants = Self.participants(attending: attendance, mentionedIn: index, from: registry)
        var attendedLists: [String: [AttendanceList]] = [:]
        for list in attendance {
            for id in Set(list.entries.compactMap(\.participantID)).sorted() { attendedLists[id, default: []].append(list) }
        }
        self.attendedLists = attendedLists
    }

    private func lists(of slug: String) -> [AttendanceList] {
        attendance.filter { $0.sessionSlug == slug }
    }

    /// A category in the interface's language when it has that form (the UN's English wording), with the
    /// language of what is shown.
    func categoryShown(_ category: AttendanceCategory) -> (text: String, lang: String) {
        if strings.language == .en, let en = category.en { return (en, UILanguage.en.tag) }
        return (category.zh, UILanguage.zh.tag)
    }

    // MARK: A session's attendance

    func sessionAttendance(_ session: Session, context: PageContext) -> RenderedPage {
        let lists = lists(of: session.slug)
        let tables = lists.enumerated().map { position, list in
            let shown = categoryShown(list.category)
            return AttendancePageView.Table(
                anchor: "category-\(position + 1)", categoryZh: list.category.zh, categoryEn: list.category.en,
                categoryShown: shown.text, categoryLang: shown.lang, count: list.entries.count,
                countLabel: strings.format("participant_count", ["count": String(list.entries.count)]),
                paragraphLabel: strings.format("paragraph_link", ["number": String(list.paragraph)]),
                paragraphHref: siteMap.paragraph(list.paragraph, in: session.slug).map { context.link($0.page, $0.fragment) },
                rows: list.entries.map { entry in row(entry, context: context) })
        }
        let total = lists.reduce(0) { $0 + $1.entries.count }
        let title = strings["attendance"]
        let view = AttendancePageView(
            sessionTitle: session.metadata.title.text(in: strings.language), sessionTitleLang: strings.language.tag,
            tables: tables, hasTables: !tables.isEmpty,
            regions: regionsView(session, lists: lists, context: context),
            totalLabel: strings.format("participant_total", ["count": String(total)]), csvHref: context.link(URLScheme.attendanceCSV),
            jsonHref: context.link(URLScheme.attendanceJSON(session.slug)), participantsHref: context.link(URLScheme.participantsIndex), s: strings.table)
        return RenderedPage(template: .attendance, title: "\(title) · \(session.metadata.title.text(in: strings.language))", context: context,
                            trail: [(session.metadata.title.text(in: strings.language), URLScheme.session(session.slug)), (title, nil)],
                            view: view)
    }

    private func row(_ entry: AttendanceEntry, context: PageContext) -> AttendanceRowView {
        guard let id = entry.participantID, let participant = registry.participant(id: id) else {
            return AttendanceRowView(nameZh: entry.name, unmatched: true)
        }
        return AttendanceRowView(nameZh: participant.name.zh, nameEn: participant.name.en,
                                 href: context.link(URLScheme.participant(participant.id)),
                                 written: entry.name != participant.name.zh ? entry.name : nil, code: participant.code)
    }

    // MARK: Participants across sessions

    enum Order: CaseIterable {
        case chinese
        case english
        case attendance

        var path: SitePath {
            switch self {
            case .chinese: return URLScheme.participantsIndex
            case .english: return URLScheme.participantsByEnglishName
            case .attendance: return URLScheme.participantsByAttendance
            }
        }

        /// Page `page` of the table in this order: the order's own page first.
        func path(page: Int) -> SitePath {
            guard page > 1 else { return path }
            switch self {
            case .chinese: return URLScheme.participantsTable(order: "by-pinyin", page: page)
            case .english: return URLScheme.participantsTable(order: "by-english-name", page: page)
            case .attendance: return URLScheme.participantsTable(order: "by-attendance", page: page)
            }
        }

        var labelKey: String {
            switch self {
            case .chinese: return "sort_pinyin"
            case .english: return "sort_english"
            case .attendance: return "sort_attendance"
            }
        }
    }

    private static func participants(attending attendance: [AttendanceList], mentionedIn index: ReferenceIndex,
                                     from registry: ParticipantRegistry) -> [(participant: Participant, attended: [String: AttendanceList])] {
        var attendedBy: [String: [String: AttendanceList]] = [:]
        for list in attendance {
            for entry in list.entries {
                guard let id = entry.participantID else { continue }
                attendedBy[id, default: [:]][list.sessionSlug] = list
            }
        }
        let mentioned = Set(index.mentionsByTarget.keys.compactMap { target -> String? in
            if case .participant(let id) = target { return id } else { return nil }
        })
        return registry.participants
            .filter { attendedBy[$0.id] != nil || mentioned.contains($0.id) }
            .map { ($0, attendedBy[$0.id] ?? [:]) }
    }

    /// How many sessions (columns) a page of the participants table shows: `page_length`, at most
    /// `maximumTableColumns`, so that a page of the table stays small with every participant in its rows.
    static let maximumTableColumns = 20

    var tablePagination: Pagination {
        Pagination(itemCount: siteMap.sessions.count, pageLength: min(pageLength, Self.maximumTableColumns))
    }

    func participantsIndex(_ order: Order, page: Int = 1, context: PageContext) -> RenderedPage {
        let pagination = tablePagination
        let sessions = Array(siteMap.sessions[pagination.items(on: page)])
        var rows = listedParticipants
        switch order {
        case .chinese:
            rows.sort { PinyinCollation.areInIncreasingOrder($0.participant.name.zh, $1.participant.name.zh) }
        case .english:
            rows.sort { $0.participant.name.en.localizedStandardCompare($1.participant.name.en) == .orderedAscending }
        case .attendance:
            rows.sort { lhs, rhs in
                lhs.attended.count != rhs.attended.count ? lhs.attended.count > rhs.attended.count
                    : PinyinCollation.areInIncreasingOrder(lhs.participant.name.zh, rhs.participant.name.zh)
            }
        }
        let dates = DateFormatting(strings: strings)
        let view = ParticipantsPageView(
            sessions: sessions.map { .init(href: context.link(URLScheme.attendance($0.slug)), label: dates.range($0.metadata.startDate, $0.metadata.endDate)) },
            orders: Order.allCases.map { other in
                .init(href: context.link(other.path(page: page)), label: strings[other.labelKey], current: other == order)
            },
            rows: rows.map { row in
                .init(nameZh: row.participant.name.zh, nameEn: row.participant.name.en, href: context.link(URLScheme.participant(row.participant.id)),
                      attendedCount: row.attended.count,
                      cells: sessions.map { session in
                          guard let list = row.attended[session.slug] else { return .init(absent: true) }
                          let category = categoryShown(list.category)
                          return .init(category: category.text, categoryLang: category.lang)
                      },
                      code: row.participant.code)
            },
            count: rows.count, csvHref: context.link(URLScheme.attendanceCSV), jsonHref: context.link(URLScheme.attendanceJSON),
            s: strings.table, chartsHref: sessions.isEmpty ? nil : context.link(URLScheme.charts),
            pagination: pagination.view(page: page, path: { order.path(page: $0) }, context: context, strings: strings))
        let title = strings["participants"]
        let pageTitle = strings.pageTitle(title, page: page)
        return RenderedPage(template: .participants, title: pageTitle, context: context,
                            trail: page > 1 ? [(title, URLScheme.participantsIndex), (strings.format("page_of", ["page": String(page), "count": String(pagination.pageCount)]), nil)]
                                : [(title, nil)], view: view)
    }

    /// The sessions a participant attended or whose text names it, in the archive's order.
    func sessions(of participant: Participant) -> [String] {
        let attended = Set((attendedLists[participant.id] ?? []).map(\.sessionSlug))
        let named = Set(references.sessionsMentioning(.participant(participant.id)))
        return siteMap.sessions.map(\.slug).filter { attended.contains($0) || named.contains($0) }
    }

    /// The pages of a participant, `pageLength` sessions a page.
    func participantPages(_ participant: Participant) -> ClosedRange<Int> {
        Pagination(itemCount: sessions(of: participant).count, pageLength: pageLength).pages
    }

    func participant(_ participant: Participant, page: Int = 1, context: PageContext) -> RenderedPage {
        let sessions = sessions(of: participant)
        let pagination = Pagination(itemCount: sessions.count, pageLength: pageLength)
        let shown = pagination.sessions(on: page, of: sessions)
        let lists = (attendedLists[participant.id] ?? []).filter { shown.contains($0.sessionSlug) }
        let attended = lists.compactMap { list -> ParticipantPageView.Attendance? in
            guard let session = siteMap.session(list.sessionSlug) else { return nil }
            let kindThen = participant.kind(on: session.metadata.startDate)
            return .init(sessionTitle: session.metadata.title.text(in: strings.language), sessionTitleLang: strings.language.tag,
                         sessionHref: context.link(URLScheme.attendance(session.slug)),
                         categoryZh: list.category.zh, categoryEn: list.category.en ?? "",
                         paragraphLabel: strings.format("paragraph_link", ["number": String(list.paragraph)]),
                         kindThen: kindThen == participant.kind ? nil : strings.format("kind_then", ["kind": strings["kind_\(kindThen.rawValue)"]]),
                         paragraphHref: siteMap.paragraph(list.paragraph, in: session.slug).map { context.link($0.page, $0.fragment) })
        }
        let dates = DateFormatting(strings: strings)
        let mentionGroups = references.mentionGroups(.participant(participant.id), in: shown, context: context)
        let view = ParticipantPageView(
            nameZh: participant.name.zh, nameEn: participant.name.en, kind: strings["kind_\(participant.kind.rawValue)"],
            earlierKinds: participant.earlierKinds.map { earlier in
                .init(text: strings.format("kind_earlier", ["date": dates.day(earlier.until), "kind": strings["kind_\(earlier.kind.rawValue)"],
                                                            "source": registry.sources.source(id: earlier.source)?.title ?? earlier.source]))
            },
            attended: attended, hasAttended: !attended.isEmpty, s: strings.table, mentionGroups: mentionGroups,
            hasMentions: !mentionGroups.isEmpty, code: participant.code,
            aliases: participant.chineseAliases.isEmpty ? nil : participant.chineseAliases.joined(separator: "、"),
            pagination: pagination.view(page: page, path: { URLScheme.participant(participant.id, page: $0) }, context: context, strings: strings))
        let name = participant.name.text(in: strings.language)
        let title = strings.pageTitle(name, page: page)
        return RenderedPage(template: .participant, title: title, context: context,
                            trail: [(strings["participants"], URLScheme.participantsIndex), (name, nil)], view: view)
    }

    /// The participants that get a page: those who attended or are named.
    var participantsWithPages: [Participant] {
        listedParticipants.map(\.participant)
    }
}
