import AkomaNtoso
import Analysis
import Foundation
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Search
import Templates

/// A session's own pages.
extension SiteRenderer {
    /// One session's own pages, all in its folder: the cover, the chapters, the full report, the work plan
    /// and the attendance; and what search finds in it (its documents' session positions left unset).
    public func renderSession(_ loaded: LoadedSession, analysis: SessionAnalysis, links: RecordLinks, siteMap: SiteMap,
                              references: ReferenceData) throws(DiagnosticsError) -> (files: [OutputFile], searchDocuments: [SearchDocument]) {
        var files: [OutputFile] = []
        var log = DiagnosticLog()
        let session = loaded.session
        let referenceLinks = ReferenceLinks(sessions: siteMap.sessions)
        let attendance = analysis.participants.attendance
        let annotator = TextAnnotator(links: referenceLinks, convention: references.convention, glossary: references.glossary,
                                      strings: strings, sessionPage: URLScheme.session(session.slug))
        let akn = AKNReport(loaded, analysis: analysis, references: references, links: referenceLinks, buildDate: buildDate)
        files.append(OutputFile(path: AKNReport.path(session.slug), text: akn.xml))
        // Each kind of page links a term once: the text is rendered for each.
        var fragments: [GlossaryAnalysis.Page: ReportFragments] = [:]
        for page in GlossaryAnalysis.Page.allCases where page != .workPlan || loaded.workPlan != nil {
            fragments[page] = ReportFragments(
                report: loaded.report, workPlan: loaded.workPlan, links: links,
                annotations: annotator.annotations(references: analysis.references.linkedTexts, terms: analysis.glossary.linkedTexts, on: page),
                paragraphs: page != .workPlan, log: &log)
        }
        let pages = SessionPages(session: session, fragments: fragments, siteMap: siteMap, strings: strings,
                                 hasAttendance: !attendance.isEmpty, glossary: references.glossary,
                                 glossaryEntries: analysis.glossary.linkedEntries,
                                 headingGlosses: HeadingGlosses(analysis: analysis, convention: references.convention,
                                                                glossary: references.glossary, strings: strings))
        let language = session.metadata.language
        files.append(try page(naming(akn: session.slug, pages.cover(context(URLScheme.session(session.slug), language)))))
        for chapter in session.report.chapters {
            files.append(try page(naming(akn: session.slug, pages.chapter(chapter, context: context(URLScheme.chapter(session.slug, chapter.number), language)))))
        }
        files.append(try page(naming(akn: session.slug, pages.fullReport(context(URLScheme.fullReport(session.slug), language)))))
        if let plan = session.workPlan {
            files.append(try page(naming(akn: session.slug, pages.workPlan(plan, context: context(URLScheme.workPlan(session.slug), language)))))
        }
        if let source = loaded.source {
            files.append(OutputFile(path: URLScheme.sourceText(session.slug), text: source.file.text))
        }
        if !attendance.isEmpty {
            // The attendance page needs only this session's lists: every participant listed has a page.
            let noMentions = ReferenceIndex(mentions: [], sessionOrder: [])
            let attendancePages = AttendancePages(
                attendance: attendance, registry: references.participants, index: noMentions, siteMap: siteMap, strings: strings,
                references: ReferencePages(index: noMentions, links: referenceLinks, convention: references.convention,
                                           siteMap: siteMap, strings: strings, pageLength: site.pageLength))
            files.append(try page(naming(akn: session.slug, attendancePages.sessionAttendance(session, context: context(URLScheme.attendance(session.slug), siteMap.recordLanguage)))))
        }
        let search = SearchDocuments(convention: references.convention, glossary: references.glossary,
                                     participants: references.participants, strings: strings)
        let documents = search.documents(of: session, analysis: analysis, attendance: attendance)
        if log.hasErrors { throw DiagnosticsError(log) }
        return (files.map { $0.placed(in: version) }, documents)
    }

    /// A session's page, naming the session's AKN file in its head.
    private func naming(akn slug: String, _ page: RenderedPage) -> RenderedPage {
        var named = page
        named.layoutOptions.aknFile = AKNReport.path(slug)
        return named
    }
}
