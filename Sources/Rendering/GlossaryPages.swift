import Foundation
import Linking
import Model
import Templates

/// The bilingual glossary: Chinese → English by pinyin, English → Chinese alphabetically, each grouped by
/// initial letter, every entry with its definitions, related articles and entries, and how often it
/// occurs; a page per term with its uses, session by session, in pages of `pageLength` sessions; and the
/// same data as CSV and TBX for translators' tools.
struct GlossaryPages: Sendable {
    let glossary: Glossary
    /// Where each entry occurs, by entry id.
    let occurrences: [String: [GlossaryOccurrence]]
    let convention: ConventionRegistry
    /// Articles that have a page of their own.
    let citedArticles: Set<Int>
    let siteMap: SiteMap
    let strings: UIStrings
    let pageLength: Int
    /// The sessions that use each entry, in the archive's order, each with its uses by paragraph.
    private let sessionsUsing: [String: [(session: Session, uses: [GlossaryOccurrence])]]

    init(glossary: Glossary, occurrences: [GlossaryOccurrence], convention: ConventionRegistry, citedArticles: Set<Int>,
         siteMap: SiteMap, strings: UIStrings, pageLength: Int) {
        self.glossary = glossary
        self.occurrences = Dictionary(grouping: occurrences, by: \.entryID)
        self.convention = convention
        self.citedArticles = citedArticles
        self.siteMap = siteMap
        self.strings = strings
        self.pageLength = pageLength
        let order = Dictionary(siteMap.sessions.enumerated().map { ($1.slug, $0) }) { first, _ in first }
        sessionsUsing = self.occurrences.mapValues { found in
            Dictionary(grouping: found, by: \.sessionSlug)
                .compactMap { slug, uses in order[slug].map { (position: $0, uses: uses.sorted { $0.paragraph < $1.paragraph }) } }
                .sorted { $0.position < $1.position }
                .map { (session: siteMap.sessions[$0.position], uses: $0.uses) }
        }
    }

    /// How many times the record uses the term, in all.
    func useCount(of entry: GlossaryEntry) -> Int {
        (occurrences[entry.id] ?? []).reduce(0) { $0 + $1.count }
    }

    /// The entries whose terms the record uses, each with its pages of uses.
    var termPages: [(entry: GlossaryEntry, pages: ClosedRange<Int>)] {
        glossary.entries.compactMap { entry in
            guard let sessions = sessionsUsing[entry.id], !sessions.isEmpty else { return nil }
            return (entry, Pagination(itemCount: sessions.count, pageLength: pageLength).pages)
        }
    }

    /// Entries by pinyin of the Chinese term (ICU collation).
    var byPinyin: [GlossaryEntry] {
        glossary.entries.sorted { PinyinCollation.areInIncreasingOrder($0.zh, $1.zh) }
    }

    /// Entries by English term, case-insensitively, as a dictionary orders them.
    var byEnglish: [GlossaryEntry] {
        glossary.entries.sorted { $0.en.localizedStandardCompare($1.en) == .orderedAscending }
    }

    func chineseToEnglish(_ context: PageContext) -> RenderedPage {
        page(entries: byPinyin, initial: { PinyinCollation.initial(of: $0.zh) }, title: strings["glossary"],
             primaryIsChinese: true, context: context)
    }

    func englishToChinese(_ context: PageContext) -> RenderedPage {
        page(entries: byEnglish, initial: { entry in
            entry.en.first(where: { $0.isLetter }).map { String($0).uppercased() } ?? "#"
        }, title: strings["glossary_english"], primaryIsChinese: false, context: context)
    }

    private func page(entries: [GlossaryEntry], initial: (GlossaryEntry) -> String, title: String, primaryIsChinese: Bool,
                      context: PageContext) -> RenderedPage {
        var groups: [(letter: String, entries: [GlossaryEntry])] = []
        for entry in entries {
            let letter = initial(entry)
            if groups.last?.letter == letter {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((letter, [entry]))
            }
        }
        let view = GlossaryPageView(
            title: title, primaryIsChinese: primaryIsChinese,
            letters: groups.map { .init(letter: $0.letter, anchor: "letter-\($0.letter.lowercased())") },
            groups: groups.map { group in
                .init(letter: group.letter, anchor: "letter-\(group.letter.lowercased())", entries: group.entries.map { entryView($0, context: context) })
            },
            otherHref: context.link(primaryIsChinese ? URLScheme.glossaryEnglish : URLScheme.glossaryChinese),
            otherLabel: strings[primaryIsChinese ? "glossary_english" : "glossary"], csvHref: context.link(URLScheme.glossaryCSV),
            tbxHref: context.link(URLScheme.glossaryTBX), count: glossary.entries.count, s: strings.table)
        return RenderedPage(template: .glossary, title: title, context: context, trail: [(title, nil)], view: view)
    }

    private func entryView(_ entry: GlossaryEntry, context: PageContext) -> GlossaryPageView.Entry {
        let total = useCount(of: entry)
        let sessionCount = sessionsUsing[entry.id]?.count ?? 0
        let relatedEntries = entry.related.compactMap { glossary.entry(id: $0) }
        return GlossaryPageView.Entry(
            anchor: entry.anchor, zh: entry.zh, en: entry.en, definitionZh: entry.definition.zh, definitionEn: entry.definition.en,
            occurs: total > 0, totalLabel: strings.format("occurrence_total", count: total),
            sessionsLabel: strings.format("occurrence_sessions", count: sessionCount),
            usesHref: sessionCount > 0 ? context.link(URLScheme.glossaryTerm(entry.id)) : nil,
            articles: entry.articles.map { number in
                .init(label: strings.format("article_number", ["number": String(number)]),
                      href: citedArticles.contains(number) ? context.link(URLScheme.article(number)) : nil,
                      title: convention.article(number)?.title.zh)
            },
            hasArticles: !entry.articles.isEmpty,
            related: relatedEntries.enumerated().map { position, related in
                .init(zh: related.zh, en: related.en, href: "#\(related.anchor)", last: position == relatedEntries.count - 1)
            },
            hasRelated: !entry.related.isEmpty, abbreviation: entry.abbreviation,
            variants: entry.variants.isEmpty ? nil : entry.variants.joined(separator: "、"),
            conventionForm: entry.conventionForm.map { conventionFormView($0, context: context) })
    }

    /// Page `page` of the uses of `entry`: its sessions on that page, each use with its paragraph's link and
    /// its words around the term.
    func termPage(_ entry: GlossaryEntry, page: Int, context: PageContext) -> RenderedPage {
        let sessions = sessionsUsing[entry.id] ?? []
        let pagination = Pagination(itemCount: sessions.count, pageLength: pageLength)
        let total = useCount(of: entry)
        let shown = sessions[pagination.items(on: page)].map { session, uses in
            GlossaryTermPageView.Session(
                title: session.metadata.title.text(in: strings.language), titleLang: strings.language.tag,
                href: context.link(URLScheme.session(session.slug)),
                uses: uses.compactMap { use in
                    guard let permalink = siteMap.paragraph(use.paragraph, in: session.slug) else { return nil }
                    return .init(number: use.paragraph, href: context.link(permalink.page, permalink.fragment), count: use.count,
                                 several: use.count > 1, before: (use.snippet?.isCutBefore == true ? "…" : "") + (use.snippet?.before ?? ""),
                                 term: use.snippet?.term ?? entry.zh,
                                 after: (use.snippet?.after ?? "") + (use.snippet?.isCutAfter == true ? "…" : ""))
                })
        }
        let view = GlossaryTermPageView(
            zh: entry.zh, en: entry.en, abbreviation: entry.abbreviation, definitionZh: entry.definition.zh, definitionEn: entry.definition.en,
            entryHref: context.link(URLScheme.glossaryChinese, entry.anchor),
            totalLabel: strings.format("occurrence_total", count: total),
            sessionsLabel: strings.format("occurrence_sessions", count: sessions.count), sessions: shown,
            pagination: pagination.view(page: page, path: { URLScheme.glossaryTerm(entry.id, page: $0) }, context: context, strings: strings),
            s: strings.table)
        let title = strings.format("term_uses_title", ["term": entry.zh, "english": entry.en])
        let pageTitle = strings.pageTitle(title, page: page)
        return RenderedPage(template: .glossaryTerm, title: pageTitle, context: context,
                            trail: [(strings["glossary"], URLScheme.glossaryChinese), (entry.zh, nil)], view: view)
    }

    /// 《公约》用语 双重犯罪 (第 43 条第 2 款), the article linked when it has a page.
    private func conventionFormView(_ form: ConventionForm, context: PageContext) -> GlossaryPageView.ConventionFormView {
        switch form.place {
        case .preamble:
            return .init(formZh: form.zh, place: strings["convention_place_preamble"])
        case .article(let number, let paragraph):
            let place = paragraph.map {
                strings.format("convention_place_paragraph", ["number": String(number), "paragraph": String($0)])
            } ?? strings.format("convention_place_article", ["number": String(number)])
            return .init(formZh: form.zh, place: place, placeHref: citedArticles.contains(number) ? context.link(URLScheme.article(number)) : nil)
        }
    }

    // MARK: Data for translators

    var csv: OutputFile {
        var lines = ["id,zh,variants,en,abbreviation,definition_zh,definition_en,articles,related,occurrences,convention_form"]
        for entry in byPinyin {
            let total = useCount(of: entry)
            lines.append([entry.id, entry.zh, entry.variants.joined(separator: "; "), entry.en, entry.abbreviation ?? "",
                          entry.definition.zh, entry.definition.en, entry.articles.map(String.init).joined(separator: "; "),
                          entry.related.joined(separator: "; "), String(total), entry.conventionForm?.zh ?? ""]
                .map(AttendanceData.csvField).joined(separator: ","))
        }
        return OutputFile(path: URLScheme.glossaryCSV, text: "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
    }

    /// TermBase eXchange (ISO 30042), TBX-Basic dialect: one `termEntry` per entry, a `langSet` per
    /// language, the abbreviation as a term of its own with `termType` abbreviation.
    var tbx: OutputFile {
        func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
        <martif type="TBX-Basic" xml:lang="en">
        <martifHeader>
        <fileDesc>
        <titleStmt><title>\(escape(strings["glossary_tbx_title"]))</title></titleStmt>
        <sourceDesc><p>\(escape(strings["glossary_tbx_source"]))</p></sourceDesc>
        </fileDesc>
        <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
        </martifHeader>
        <text>
        <body>

        """
        for entry in byPinyin {
            xml += "<termEntry id=\"\(escape(entry.anchor))\">\n"
            if !entry.articles.isEmpty {
                let articles = entry.articles.map { strings.format("article_citation_en", ["number": String($0), "part": ""]) }
                xml += "<note>\(escape(strings.format("related_articles_en", ["articles": articles.joined(separator: ", ")])))</note>\n"
            }
            xml += "<langSet xml:lang=\"zh-Hans\">\n"
            xml += "<descripGrp><descrip type=\"definition\">\(escape(entry.definition.zh))</descrip></descripGrp>\n"
            for (index, form) in entry.chineseForms.enumerated() {
                xml += "<tig><term>\(escape(form))</term>"
                xml += "<termNote type=\"administrativeStatus\">\(index == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts")</termNote></tig>\n"
            }
            xml += "</langSet>\n<langSet xml:lang=\"en\">\n"
            xml += "<descripGrp><descrip type=\"definition\">\(escape(entry.definition.en))</descrip></descripGrp>\n"
            xml += "<tig><term>\(escape(entry.en))</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></tig>\n"
            if let abbreviation = entry.abbreviation {
                xml += "<tig><term>\(escape(abbreviation))</term><termNote type=\"termType\">abbreviation</termNote></tig>\n"
            }
            xml += "</langSet>\n</termEntry>\n"
        }
        xml += "</body>\n</text>\n</martif>\n"
        return OutputFile(path: URLScheme.glossaryTBX, text: xml)
    }
}
