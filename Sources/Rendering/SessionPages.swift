import AkomaNtoso
import Linking
import Model

/// The pages of one session: cover, chapters, full report and work plan, as template values.
struct SessionPages {
    let session: Session
    let fragments: ReportFragments
    let siteMap: SiteMap
    let strings: UIStrings
    /// Whether the session's report has attendance lists (and so an attendance page).
    var hasAttendance = false
    var glossary: Glossary = .empty
    /// The glossary entries linked in each paragraph.
    var glossaryEntries: [Int: [String]] = [:]
    /// English glosses of the headings (English interface only).
    var headingGlosses: HeadingGlosses?

    /// The hidden English terms that the glossary links of these paragraphs point at (`aria-describedby`).
    private func termDescriptions(_ paragraphs: [Int]) -> [[String: Any]] {
        var seen: Set<String> = []
        var result: [[String: Any]] = []
        for number in paragraphs {
            for id in glossaryEntries[number] ?? [] where seen.insert(id).inserted {
                guard let entry = glossary.entry(id: id) else { continue }
                result.append(["id": TextAnnotator.descriptionID(of: entry),
                               "en": entry.englishLabel,
                               "definition": entry.definition.text(in: strings.language),
                               "definitionLang": strings.language == .zh ? "zh-Hans" : "en"])
            }
        }
        return result
    }

    /// The term card script, on pages whose text links to the glossary.
    private func termScripts(_ values: [String: Any]) -> [SitePath] {
        ((values["termDescriptions"] as? [[String: Any]])?.isEmpty ?? true) ? [] : [URLScheme.termScript]
    }

    private var slug: String { session.slug }
    private var metadata: SessionMetadata { session.metadata }

    private func sessionTrail(_ last: String?) -> [(label: String, target: SitePath?)] {
        var trail: [(label: String, target: SitePath?)] = [(metadata.title.text(in: strings.language), last == nil ? nil : URLScheme.session(slug))]
        if let last { trail.append((last, nil)) }
        return trail
    }

    /// Where the page's text comes from: the session's source text, published beside its pages, against
    /// which the build proved the text verbatim. Nil for a session without a source text.
    private func provenance(_ context: PageContext) -> [String: Any]? {
        guard metadata.source != nil else { return nil }
        return ["href": context.link(URLScheme.sourceText(slug))]
    }

    /// The six official language versions of the report, when its symbol is known (the UN publishes each
    /// report in Arabic, Chinese, English, French, Russian and Spanish under one symbol).
    private func officialVersions() -> [[String: String]]? {
        guard let symbol = metadata.symbol else { return nil }
        return Self.officialLanguages.map { language in
            ["href": URLScheme.undocs(symbol, language: language.code), "lang": language.code, "label": language.name]
        }
    }

    /// The UN's official languages, each named in itself.
    static let officialLanguages: [(code: String, name: String)] = [
        ("ar", "العربية"), ("zh", "中文"), ("en", "English"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español"),
    ]

    private func rangeLabel(_ range: ClosedRange<Int>?) -> String {
        guard let range else { return "" }
        if range.lowerBound == range.upperBound { return strings.format("paragraph_single", ["number": String(range.lowerBound)]) }
        return strings.format("paragraph_range", ["from": String(range.lowerBound), "to": String(range.upperBound)])
    }

    // MARK: Cover

    func cover(_ context: PageContext) -> RenderedPage {
        let dates = DateFormatting(strings: strings)
        let chapters: [[String: Any]] = session.report.chapters.map { chapter in
            [
                "heading": chapter.heading,
                "href": context.link(URLScheme.chapter(slug, chapter.number)),
                "range": rangeLabel(chapter.paragraphRange),
                "hasSections": !chapter.sections.isEmpty,
                "sections": chapter.sections.map { section in
                    [
                        "heading": section.heading,
                        "href": context.link(URLScheme.chapter(slug, chapter.number), section.anchor),
                        "range": rangeLabel(section.paragraphs.map(\.number).rangeOfValues),
                    ] as [String: Any]
                },
            ]
        }
        var values: [String: Any] = [
            "titleZh": metadata.title.zh,
            "titleEn": metadata.title.en,
            "bodyZh": metadata.body.zh,
            "bodyEn": metadata.body.en,
            "venueZh": metadata.venue.zh,
            "venueEn": metadata.venue.en,
            "dates": dates.range(metadata.startDate, metadata.endDate),
            "startISO": metadata.startDate.iso,
            "endISO": metadata.endDate.iso,
            "chapters": chapters,
            "fullHref": context.link(URLScheme.fullReport(slug)),
            "aknHref": context.link(AKNReport.path(slug)),
            "paragraphCount": session.report.paragraphs.count,
            "s": strings.table,
        ]
        if let meeting = metadata.meeting { values["meeting"] = strings.format("meeting_number", ["number": String(meeting)]) }
        if let symbol = metadata.symbol { values["symbol"] = symbol }
        if let plan = session.workPlan {
            values["workPlan"] = ["href": context.link(URLScheme.workPlan(slug)), "title": plan.title.text(in: strings.language)]
        }
        if hasAttendance { values["attendanceHref"] = context.link(URLScheme.attendance(slug)) }
        values["provenance"] = provenance(context)
        values["official"] = officialVersions().map { ["versions": $0] }
        return RenderedPage(template: "session", title: metadata.title.text(in: strings.language), context: context,
                            trail: sessionTrail(nil), values: values)
    }

    // MARK: Chapters

    func chapter(_ chapter: Chapter, context: PageContext) -> RenderedPage {
        let neighbours = siteMap.neighbours(ofChapter: chapter.number, in: session)
        var values = chapterValues(chapter, context: context, headingLevel: 1)
        values["toc"] = tableOfContents(chapter, context: context)
        values["sessionTitle"] = metadata.title.text(in: strings.language)
        values["sessionTitleLang"] = strings.language.tag
        values["sessionHref"] = context.link(URLScheme.session(slug))
        if let previous = neighbours.previous {
            values["previous"] = ["href": context.link(URLScheme.chapter(slug, previous.number)), "heading": previous.heading]
        }
        if let next = neighbours.next {
            values["next"] = ["href": context.link(URLScheme.chapter(slug, next.number)), "heading": next.heading]
        }
        values["fullHref"] = context.link(URLScheme.fullReport(slug), URLScheme.chapterAnchor(chapter.number))
        values["termDescriptions"] = termDescriptions(chapter.allParagraphs.map(\.number))
        values["provenance"] = provenance(context)
        values["official"] = officialVersions().map { ["versions": $0] }
        values["s"] = strings.table
        var page = RenderedPage(template: "chapter", title: chapter.heading, context: context,
                                trail: sessionTrail(chapter.heading), values: values)
        page.layoutOptions.scripts = termScripts(values)
        return page
    }

    private func tableOfContents(_ chapter: Chapter, context: PageContext) -> [String: Any] {
        func links(_ paragraphs: [Paragraph]) -> [[String: Any]] {
            paragraphs.map { ["number": $0.number, "href": context.link(context.path, $0.anchor)] }
        }
        return [
            "hasParagraphs": !chapter.paragraphs.isEmpty,
            "hasSections": !chapter.sections.isEmpty,
            "paragraphs": links(chapter.paragraphs),
            "sections": chapter.sections.map { section in
                ["heading": section.heading, "href": context.link(context.path, section.anchor),
                 "paragraphs": links(section.paragraphs)] as [String: Any]
            },
        ]
    }

    /// A chapter's heading, sections and paragraphs; `headingLevel` is the level of the chapter heading.
    func chapterValues(_ chapter: Chapter, context: PageContext, headingLevel: Int) -> [String: Any] {
        var values: [String: Any] = [
            "heading": chapter.heading,
            "anchor": URLScheme.chapterAnchor(chapter.number),
            "range": rangeLabel(chapter.paragraphRange),
            "chapterTag": "h\(headingLevel)",
            "sectionTag": "h\(headingLevel + 1)",
            "paragraphs": chapter.paragraphs.map { paragraphValues($0, context: context, headingLevel: headingLevel + 1) },
            "sections": chapter.sections.map { section in
                var sectionValues: [String: Any] = [
                    "heading": section.heading,
                    "anchor": section.anchor,
                    "paragraphs": section.paragraphs.map { paragraphValues($0, context: context, headingLevel: headingLevel + 2) },
                ]
                sectionValues["gloss"] = headingGlosses?.gloss(chapter: chapter.number, section: section.label)
                return sectionValues
            },
        ]
        values["headingGloss"] = headingGlosses?.gloss(chapter: chapter.number)
        return values
    }

    private func paragraphValues(_ paragraph: Paragraph, context: PageContext, headingLevel: Int) -> [String: Any] {
        var values: [String: Any] = [
            "number": paragraph.number,
            "anchor": paragraph.anchor,
            "html": fragments.paragraphs[paragraph.number] ?? "",
            "permalinkLabel": strings.format("permalink_paragraph", ["number": String(paragraph.number)]),
        ]
        if let plan = session.workPlan {
            if plan.paragraph == paragraph.number {
                values["embeddedPlan"] = workPlanValues(plan, context: context, headingLevel: headingLevel)
            } else if plan.discussedIn.contains(paragraph.number) {
                values["seeAlso"] = ["href": context.link(URLScheme.workPlan(slug)), "label": plan.title.text(in: strings.language)]
            }
        }
        return values
    }

    // MARK: Full report

    func fullReport(_ context: PageContext) -> RenderedPage {
        let chapters = session.report.chapters.map { chapterValues($0, context: context, headingLevel: 2) }
        var values: [String: Any] = [
            "titleZh": metadata.title.zh,
            "titleEn": metadata.title.en,
            "chapters": chapters,
            "toc": session.report.chapters.map { ["heading": $0.heading, "href": "#\(URLScheme.chapterAnchor($0.number))"] },
            "termDescriptions": termDescriptions(session.report.paragraphs.map(\.number)),
            "s": strings.table,
        ]
        values["provenance"] = provenance(context)
        values["official"] = officialVersions().map { ["versions": $0] }
        // The running header of the printed report, from the record: the symbol (or the body, when the
        // record has none) at the top left of every page, the dates at the top right.
        let dates = DateFormatting(strings: strings)
        let runningHead = metadata.symbol ?? metadata.body.text(in: strings.language)
        var page = RenderedPage(template: "full", title: strings["full_report"] + " · " + metadata.title.text(in: strings.language), context: context,
                                trail: sessionTrail(strings["full_report"]), values: values)
        page.layoutOptions.scripts = termScripts(values)
        page.layoutOptions.headStyle = "@page { @top-left { content: \(cssString(runningHead)); } "
            + "@top-right { content: \(cssString(dates.range(metadata.startDate, metadata.endDate))); } }"
        return page
    }

    // MARK: Work plan

    func workPlan(_ plan: WorkPlan, context: PageContext) -> RenderedPage {
        var values = workPlanValues(plan, context: context, headingLevel: 2)
        values["titleZh"] = plan.title.zh
        values["titleEn"] = plan.title.en
        values["termDescriptions"] = termDescriptions([plan.paragraph])
        values["provenance"] = provenance(context)
        values["official"] = officialVersions().map { ["versions": $0] }
        values["s"] = strings.table
        var page = RenderedPage(template: "work-plan", title: plan.title.text(in: strings.language), context: context,
                                trail: sessionTrail(plan.title.text(in: strings.language)), values: values)
        page.layoutOptions.scripts = termScripts(values)
        return page
    }

    /// The plan's years, groups and items; `headingLevel` is the level of the year headings.
    private func workPlanValues(_ plan: WorkPlan, context: PageContext, headingLevel: Int) -> [String: Any] {
        var values: [String: Any] = [
            "planTitle": plan.title.text(in: strings.language),
            "planHref": context.link(URLScheme.workPlan(slug)),
            "yearTag": "h\(headingLevel)",
            "groupTag": "h\(headingLevel + 1)",
            "meetings": plan.meetings.map { meeting in
                [
                    "heading": meeting.heading,
                    "anchor": meeting.anchor,
                    "groups": meeting.groups.map { group in
                        [
                            "heading": group.heading,
                            "kind": group.kind.rawValue,
                            "items": group.items.map { item in
                                let fragment = fragments.workPlanItems[item.anchor]
                                return [
                                    "number": item.number,
                                    "anchor": item.anchor,
                                    "body": fragment?.body ?? "",
                                    "notes": (fragment?.notes ?? []).map { ["html": $0] },
                                ] as [String: Any]
                            },
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
        if let adopted = siteMap.paragraph(plan.paragraph, in: slug) {
            values["adoptedHref"] = context.link(adopted.page, adopted.fragment)
            values["adoptedLabel"] = strings.format("adopted_in_paragraph", ["number": String(plan.paragraph)])
        }
        return values
    }
}

extension Array where Element == Int {
    var rangeOfValues: ClosedRange<Int>? {
        guard let low = self.min(), let high = self.max() else { return nil }
        return low...high
    }
}
