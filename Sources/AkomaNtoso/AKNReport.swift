import Analysis
import Linking
import Loading
import Model

/// A session's report as an Akoma Ntoso 3.0 document (`sessions/<slug>/report.akn.xml`): a
/// `<debateReport>` with its FRBR identification, its references, a preface, the chapters, sections and
/// numbered paragraphs of the record as `<mainBody>`, and the work plan as a component. Made from the
/// session's parsed documents and analysis before rendering annotates them, so its text is the record's
/// text as the HTML shows it, and its citations, terms and names are those the analysis found.
public struct AKNReport {
    public let xml: String

    /// `references` is the site's reference data; `links` where resolutions and document symbols lead;
    /// `buildDate` dates the manifestation when set (`SOURCE_DATE_EPOCH`).
    public init(_ loaded: LoadedSession, analysis: SessionAnalysis, references: ReferenceData, links: ReferenceLinks,
                buildDate: CalendarDate? = nil) {
        let session = loaded.session
        let identity = AKNIdentification(naming: AKNNaming(session: session), metadata: session.metadata, buildDate: buildDate)
        var marks = AKNTextMarks(analysis: analysis, references: references, links: links, page: URLScheme.session(session.slug))
        var eIds = AKNUniqueEIds()
        let body = AKNMainBody.xml(loaded.report, workPlan: loaded.workPlan?.workPlan, marks: &marks, eIds: &eIds)
        let workPlan = loaded.workPlan.map { AKNWorkPlan.xml($0, identity: identity, marks: &marks, eIds: &eIds) } ?? ""
        var participants = marks.markedParticipants
        for list in analysis.participants.attendance {
            participants.formUnion(list.entries.compactMap(\.participantID))
        }
        let tlcs = AKNReferences(metadata: session.metadata, registry: references.participants, glossary: references.glossary)
            .xml(participants: participants, terms: marks.markedTerms)
        var builder = XMLBuilder()
        builder.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        builder.open("akomaNtoso", [("xmlns", AKNReport.namespace)])
        builder.newline()
        builder.open("debateReport", [("name", "report")])
        builder.newline()
        builder.raw(identity.meta(component: "main", references: tlcs))
        builder.raw(identity.preface())
        builder.raw(body)
        builder.newline()
        builder.raw(workPlan)
        builder.close("debateReport")
        builder.newline()
        builder.close("akomaNtoso")
        builder.newline()
        xml = builder.xml
    }

    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// Where a session's AKN file lies: in its folder, beside its pages.
    public static func path(_ slug: String) -> SitePath { SitePath("\(URLScheme.sessionFolder(slug))/report.akn.xml") }

    /// Its media type (OASIS LegalDocML).
    public static let mediaType = "application/akn+xml"
}
