import ContentHashing
import Foundation
import Linking
import Model

/// The bilingual glossary: Chinese → English by pinyin, English → Chinese alphabetically, each grouped by
/// initial letter, every entry with its definitions, related articles and entries, and where it occurs;
/// and the same data as CSV and TBX for translators' tools.
struct GlossaryPages: Sendable {
    let glossary: Glossary
    /// Where each entry occurs, by entry id.
    let occurrences: [String: [GlossaryOccurrence]]
    let convention: ConventionRegistry
    /// Articles that have a page of their own.
    let citedArticles: Set<Int>
    let siteMap: SiteMap
    let strings: UIStrings

    /// Entries by pinyin of the Chinese term (ICU collation).
    var byPinyin: [GlossaryEntry] {
        glossary.entries.sorted { PinyinCollation.areInIncreasingOrder($0.zh, $1.zh) }
    }

    /// The hash of what the glossary pages show besides the glossary itself and the interface (which the
    /// build's shared key covers): every occurrence, which articles have pages, and each session's title
    /// and chapters (occurrences link to paragraphs on chapter pages). Equal keys give equal pages, which
    /// are then not rendered again.
    var inputKey: String {
        var hash = ContentHash()
        for id in occurrences.keys.sorted() {
            hash.add(id)
            for occurrence in occurrences[id] ?? [] {
                hash.add(occurrence.sessionSlug)
                hash.add("\(occurrence.paragraph) \(occurrence.count)")
            }
        }
        hash.add(citedArticles.sorted().map(String.init).joined(separator: ","))
        for session in siteMap.sessions {
            hash.add(session.slug)
            hash.add(session.metadata.title.zh)
            hash.add(session.metadata.title.en)
            hash.add(session.report.paragraphLayout)
        }
        return "in:" + hash.hex
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
        let values: [String: Any] = [
            "title": title,
            "primaryIsChinese": primaryIsChinese,
            "letters": groups.map { ["letter": $0.letter, "anchor": "letter-\($0.letter.lowercased())"] },
            "groups": groups.map { group in
                ["letter": group.letter, "anchor": "letter-\(group.letter.lowercased())",
                 "entries": group.entries.map { entryValues($0, context: context) }] as [String: Any]
            },
            "otherHref": context.link(primaryIsChinese ? URLScheme.glossaryEnglish : URLScheme.glossaryChinese),
            "otherLabel": strings[primaryIsChinese ? "glossary_english" : "glossary"],
            "csvHref": context.link(URLScheme.glossaryCSV),
            "tbxHref": context.link(URLScheme.glossaryTBX),
            "count": glossary.entries.count,
            "s": strings.table,
        ]
        return RenderedPage(template: "glossary", title: title, context: context,
                            trail: [(title, nil)], values: values)
    }

    private func entryValues(_ entry: GlossaryEntry, context: PageContext) -> [String: Any] {
        let found = occurrences[entry.id] ?? []
        let total = found.reduce(0) { $0 + $1.count }
        let bySession = Dictionary(grouping: found, by: \.sessionSlug)
        let relatedEntries = entry.related.compactMap { glossary.entry(id: $0) }
        var sessions: [[String: Any]] = []
        for session in siteMap.sessions {
            guard let here = bySession[session.slug]?.sorted(by: { $0.paragraph < $1.paragraph }) else { continue }
            sessions.append([
                "title": session.metadata.title.text(in: strings.language),
                "titleLang": strings.language.tag,
                "href": context.link(URLScheme.session(session.slug)),
                "paragraphs": here.compactMap { occurrence -> [String: Any]? in
                    guard let permalink = siteMap.paragraph(occurrence.paragraph, in: session.slug) else { return nil }
                    return ["number": occurrence.paragraph, "count": occurrence.count, "several": occurrence.count > 1,
                            "href": context.link(permalink.page, permalink.fragment)]
                },
            ])
        }
        var values: [String: Any] = [
            "anchor": entry.anchor,
            "zh": entry.zh,
            "en": entry.en,
            "definitionZh": entry.definition.zh,
            "definitionEn": entry.definition.en,
            "sessions": sessions,
            "occurs": total > 0,
            "totalLabel": strings.format("occurrence_total", ["count": String(total)]),
            "articles": entry.articles.map { number -> [String: Any] in
                var article: [String: Any] = ["label": strings.format("article_number", ["number": String(number)])]
                if citedArticles.contains(number) { article["href"] = context.link(URLScheme.article(number)) }
                if let title = convention.article(number)?.title.zh { article["title"] = title }
                return article
            },
            "hasArticles": !entry.articles.isEmpty,
            "related": relatedEntries.enumerated().map { position, related -> [String: Any] in
                ["zh": related.zh, "en": related.en, "href": "#\(related.anchor)", "last": position == relatedEntries.count - 1]
            },
            "hasRelated": !entry.related.isEmpty,
        ]
        if let abbreviation = entry.abbreviation { values["abbreviation"] = abbreviation }
        if !entry.variants.isEmpty { values["variants"] = entry.variants.joined(separator: "、") }
        if let form = entry.conventionForm { values["conventionForm"] = conventionFormValues(form, context: context) }
        return values
    }

    /// 《公约》用语 双重犯罪 (第 43 条第 2 款), the article linked when it has a page.
    private func conventionFormValues(_ form: ConventionForm, context: PageContext) -> [String: Any] {
        var values: [String: Any] = ["formZh": form.zh]
        switch form.place {
        case .preamble:
            values["place"] = strings["convention_place_preamble"]
        case .article(let number, let paragraph):
            values["place"] = paragraph.map {
                strings.format("convention_place_paragraph", ["number": String(number), "paragraph": String($0)])
            } ?? strings.format("convention_place_article", ["number": String(number)])
            if citedArticles.contains(number) { values["placeHref"] = context.link(URLScheme.article(number)) }
        }
        return values
    }

    // MARK: Data for translators

    var csv: OutputFile {
        var lines = ["id,zh,variants,en,abbreviation,definition_zh,definition_en,articles,related,occurrences,convention_form"]
        for entry in byPinyin {
            let total = (occurrences[entry.id] ?? []).reduce(0) { $0 + $1.count }
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
