import Analysis
import AkomaNtoso
import Linking
import Model

/// The pages of one session: cover, chapters, full report and work plan, as template values.
struct SessionPages {
    let session: Session
    /// The record's text, rendered for each kind of page (each links a term once).
    let fragments: [GlossaryAnalysis.Page: ReportFragments]
    let siteMap: SiteMap
    let strings: UIStrings
    /// Whether the session's report has attendance lists (and so an attendance page).
    var hasAttendance = false
    var glossary: Glossary = .empty
    /// The glossary entries linked in each paragraph, on each kind of page.
    var glossaryEntries: [GlossaryAnalysis.Page: [Int: [String]]] = [:]
    /// English glosses of the headings (English interface only).
    var headingGlosses: HeadingGlosses?

    /// The hidden English terms that the glossary links of these paragraphs point at (`aria-describedby`).
    private func termDescriptions(_ paragraphs: [Int], on page: GlossaryAnalysis.Page) -> [TermDescriptionView] {
        var seen: Set<String> = []
        var result: [TermDescriptionView] = []
        for number in paragraphs {
            for id in glossaryEntries[page]?[number] ?? [] where seen.insert(id).inserted {
                guard let entry = glossary.entry(id: id) else { continue }
                result.append(TermDescriptionView(id: TextAnnotator.descriptionID(of: entry), en: entry.englishLabel,
                                                  definition: entry.definition.text(in: strings.language),
                                                  definitionLang: strings.language == .zh ? "zh-Hans" : "en"))
            }
        }
        return result
    }

    /// The term card script, on pages whose text links to the glossary.
    private func termScripts(_ descriptions: [TermDescriptionView]) -> [SitePath] {
        descriptions.isEmpty ? [] : [URLScheme.termScript]
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
    private func provenance(_ context: PageContext) -> ProvenanceView? {
        guard metadata.source != nil else { return nil }
        return ProvenanceView(href: context.link(URLScheme.sourceText(slug)))
    }

    /// The six official language versions of the report, when its symbol is known (the UN publishes each
    /// report in Arabic, Chinese, English, French, Russian and Spanish under one symbol).
    private func officialVersions() -> OfficialVersionsView? {
        guard let symbol = metadata.symbol else { return nil }
        return OfficialVersionsView(versions: Self.officialLanguages.map { language in
            .init(href: URLScheme.undocs(symbol, language: language.code), lang: language.code, label: language.name)
        })
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
        let chapters = session.report.chapters.map { chapter in
            CoverPageView.Chapter(
                heading: chapter.heading, href: context.link(URLScheme.chapter(slug, chapter.number)),
                range: rangeLabel(chapter.paragraphRange), hasSections: !chapter.sections.isEmpty,
                sections: chapter.sections.map { section in
                    .init(heading: section.heading, href: context.link(URLScheme.chapter(slug, chapter.number), section.anchor),
                          range: rangeLabel(section.paragraphs.map(\.number).rangeOfValues))
                })
        }
        let view = CoverPageView(
            titleZh: metadata.title.zh, titleEn: metadata.title.en, bodyZh: metadata.body.zh, bodyEn: metadata.body.en,
            venueZh: metadata.venue.zh, venueEn: metadata.venue.en, dates: dates.range(metadata.startDate, metadata.endDate),
            startISO: metadata.startDate.iso, endISO: metadata.endDate.iso, chapters: chapters,
            fullHref: context.link(URLScheme.fullReport(slug)), aknHref: context.link(AKNReport.path(slug)),
            paragraphCount: session.report.paragraphs.count, s: strings.table,
            meeting: metadata.meeting.map { strings.format("meeting_number", ["number": String($0)]) },
            symbol: metadata.symbol,
            workPlan: session.workPlan.map { .init(href: context.link(URLScheme.workPlan(slug)), title: $0.title.text(in: strings.language)) },
            attendanceHref: hasAttendance ? context.link(URLScheme.attendance(slug)) : nil,
            provenance: provenance(context), official: officialVersions())
        return RenderedPage(template: .session, title: metadata.title.text(in: strings.language), context: context,
                            trail: sessionTrail(nil), view: view)
    }

    // MARK: Chapters

    func chapter(_ chapter: Chapter, context: PageContext) -> RenderedPage {
        let neighbours = siteMap.neighbours(ofChapter: chapter.number, in: session)
        let descriptions = termDescriptions(chapter.allParagraphs.map(\.number), on: .chapter)
        let fields = ChapterPageFields(
            toc: tableOfContents(chapter, context: context), sessionTitle: metadata.title.text(in: strings.language),
            sessionTitleLang: strings.language.tag,
            sessionHref: context.link(URLScheme.session(slug)),
            previous: neighbours.previous.map { .init(href: context.link(URLScheme.chapter(slug, $0.number)), heading: $0.heading) },
            next: neighbours.next.map { .init(href: context.link(URLScheme.chapter(slug, $0.number)), heading: $0.heading) },
            fullHref: context.link(URLScheme.fullReport(slug), URLScheme.chapterAnchor(chapter.number)),
            termDescriptions: descriptions, provenance: provenance(context), official: officialVersions(), s: strings.table)
        var page = RenderedPage(template: .chapter, title: chapter.heading, context: context, trail: sessionTrail(chapter.heading),
                                view: ChapterPageView(chapterBody(chapter, context: context, headingLevel: 1, on: .chapter), fields))
        page.layoutOptions.scripts = termScripts(descriptions)
        return page
    }

    private func tableOfContents(_ chapter: Chapter, context: PageContext) -> ChapterPageFields.Contents {
        func links(_ paragraphs: [Paragraph]) -> [ChapterPageFields.Contents.Paragraph] {
            paragraphs.map { .init(number: $0.number, href: context.link(context.path, $0.anchor)) }
        }
        return .init(hasParagraphs: !chapter.paragraphs.isEmpty, hasSections: !chapter.sections.isEmpty,
                     paragraphs: links(chapter.paragraphs),
                     sections: chapter.sections.map { section in
                         .init(heading: section.heading, href: context.link(context.path, section.anchor), paragraphs: links(section.paragraphs))
                     })
    }

    /// A chapter's heading, sections and paragraphs; `headingLevel` is the level of the chapter heading.
    func chapterBody(_ chapter: Chapter, context: PageContext, headingLevel: Int, on page: GlossaryAnalysis.Page) -> ChapterBodyView {
        ChapterBodyView(
            heading: chapter.heading, anchor: URLScheme.chapterAnchor(chapter.number), range: rangeLabel(chapter.paragraphRange),
            chapterTag: "h\(headingLevel)", sectionTag: "h\(headingLevel + 1)",
            paragraphs: chapter.paragraphs.map { paragraphView($0, context: context, headingLevel: headingLevel + 1, on: page) },
            sections: chapter.sections.map { section in
                .init(heading: section.heading, anchor: section.anchor,
                      paragraphs: section.paragraphs.map { paragraphView($0, context: context, headingLevel: headingLevel + 2, on: page) },
                      gloss: headingGlosses?.gloss(chapter: chapter.number, section: section.label))
            },
            headingGloss: headingGlosses?.gloss(chapter: chapter.number))
    }

    private func paragraphView(_ paragraph: Paragraph, context: PageContext, headingLevel: Int, on page: GlossaryAnalysis.Page) -> ParagraphView {
        var view = ParagraphView(number: paragraph.number, anchor: paragraph.anchor, html: fragments[page]?.paragraphs[paragraph.number] ?? "",
                                 permalinkLabel: strings.format("permalink_paragraph", ["number": String(paragraph.number)]))
        if let plan = session.workPlan {
            if plan.paragraph == paragraph.number {
                view.embeddedPlan = workPlanBody(plan, context: context, headingLevel: headingLevel, on: page)
            } else if plan.discussedIn.contains(paragraph.number) {
                view.seeAlso = LinkView(href: context.link(URLScheme.workPlan(slug)), label: plan.title.text(in: strings.language))
            }
        }
        return view
    }

    // MARK: Full report

    func fullReport(_ context: PageContext) -> RenderedPage {
        let descriptions = termDescriptions(session.report.paragraphs.map(\.number), on: .fullReport)
        let view = FullReportPageView(
            titleZh: metadata.title.zh, titleEn: metadata.title.en,
            chapters: session.report.chapters.map { chapterBody($0, context: context, headingLevel: 2, on: .fullReport) },
            toc: session.report.chapters.map { .init(heading: $0.heading, href: "#\(URLScheme.chapterAnchor($0.number))") },
            termDescriptions: descriptions, s: strings.table, provenance: provenance(context), official: officialVersions())
        // The running header of the printed report, from the record: the symbol (or the body, when the
        // record has none) at the top left of every page, the dates at the top right.
        let dates = DateFormatting(strings: strings)
        let runningHead = metadata.symbol ?? metadata.body.text(in: strings.language)
        var page = RenderedPage(template: .full, title: strings["full_report"] + " · " + metadata.title.text(in: strings.language), context: context,
                                trail: sessionTrail(strings["full_report"]), view: view)
        page.layoutOptions.scripts = termScripts(descriptions)
        page.layoutOptions.headStyle = "@page { @top-left { content: \(cssString(runningHead)); } "
            + "@top-right { content: \(cssString(dates.range(metadata.startDate, metadata.endDate))); } }"
        return page
    }

    // MARK: Work plan

    func workPlan(_ plan: WorkPlan, context: PageContext) -> RenderedPage {
        let descriptions = termDescriptions([plan.paragraph], on: .workPlan)
        let fields = WorkPlanPageFields(titleZh: plan.title.zh, titleEn: plan.title.en, termDescriptions: descriptions,
                                        provenance: provenance(context), official: officialVersions(), s: strings.table)
        var page = RenderedPage(template: .workPlan, title: plan.title.text(in: strings.language), context: context,
                                trail: sessionTrail(plan.title.text(in: strings.language)),
                                view: WorkPlanPageView(workPlanBody(plan, context: context, headingLevel: 2, on: .workPlan), fields))
        page.layoutOptions.scripts = termScripts(descriptions)
        return page
    }

    /// The plan's years, groups and items; `headingLevel` is the level of the year headings.
    private func workPlanBody(_ plan: WorkPlan, context: PageContext, headingLevel: Int, on page: GlossaryAnalysis.Page) -> WorkPlanBodyView {
        let adopted = siteMap.paragraph(plan.paragraph, in: slug)
        return WorkPlanBodyView(
            planTitle: plan.title.text(in: strings.language), planHref: context.link(URLScheme.workPlan(slug)),
            yearTag: "h\(headingLevel)", groupTag: "h\(headingLevel + 1)",
            meetings: plan.meetings.map { meeting in
                .init(heading: meeting.heading, anchor: meeting.anchor, groups: meeting.groups.map { group in
                    .init(heading: group.heading, kind: group.kind.rawValue, items: group.items.map { item in
                        let fragment = fragments[page]?.workPlanItems[item.anchor]
                        return .init(number: item.number, anchor: item.anchor, body: fragment?.body ?? "",
                                     notes: (fragment?.notes ?? []).map { .init(html: $0) })
                    })
                })
            },
            adoptedHref: adopted.map { context.link($0.page, $0.fragment) },
            adoptedLabel: adopted.map { _ in strings.format("adopted_in_paragraph", ["number": String(plan.paragraph)]) })
    }
}

extension Array where Element == Int {
    var rangeOfValues: ClosedRange<Int>? {
        guard let low = self.min(), let high = self.max() else { return nil }
        return low...high
    }
}
