import Model

/// The `<meta>` of the report and of its work-plan component: FRBR identification at the work,
/// expression and manifestation levels, then the references block when given.
///
/// Dates come from the record only: the work and the expression are dated by the last day of the
/// meeting, when the report was adopted; the manifestation (this file) by the build date when
/// `SOURCE_DATE_EPOCH` sets one, else by the same day. Nothing reads the clock, so two builds are
/// byte-identical.
struct AKNIdentification {
    let naming: AKNNaming
    let metadata: SessionMetadata
    let buildDate: CalendarDate?

    func meta(component: String, references: String?) -> String {
        var builder = XMLBuilder()
        let adopted = metadata.endDate.iso
        builder.open("meta")
        builder.newline()
        builder.open("identification", [("source", "#\(AKNEIds.rapporteur)")])
        builder.newline()
        let byBody = (href: "#\(AKNEIds.body)", role: Optional("#\(AKNEIds.authorRole)"))
        builder.open("FRBRWork")
        core(&builder, this: AKNNaming.component(naming.work, component), uri: naming.work, date: (adopted, "adoption"), author: byBody)
        builder.empty("FRBRcountry", [("value", "un")])
        if let symbol = metadata.symbol { builder.empty("FRBRnumber", [("value", symbol)]) }
        builder.empty("FRBRname", [("value", metadata.title.en)])
        builder.close("FRBRWork")
        builder.newline()
        builder.open("FRBRExpression")
        core(&builder, this: AKNNaming.component(naming.expression, component), uri: naming.expression, date: (adopted, "adoption"),
             author: byBody)
        builder.empty("FRBRlanguage", [("language", naming.language)])
        builder.close("FRBRExpression")
        builder.newline()
        builder.open("FRBRManifestation")
        core(&builder, this: naming.manifestation(of: component), uri: naming.manifestationURI,
             date: ((buildDate ?? metadata.endDate).iso, buildDate == nil ? "adoption" : "generation"),
             author: ("#\(AKNEIds.rapporteur)", nil))
        builder.empty("FRBRformat", [("value", AKNReport.mediaType)])
        builder.close("FRBRManifestation")
        builder.newline()
        builder.close("identification")
        builder.newline()
        if let references { builder.raw(references) }
        builder.close("meta")
        builder.newline()
        return builder.xml
    }

    /// The properties every FRBR level has: its IRI with and without the component, its date, its author.
    private func core(_ builder: inout XMLBuilder, this: String, uri: String, date: (iso: String, name: String),
                      author: (href: String, role: String?)) {
        builder.empty("FRBRthis", [("value", this)])
        builder.empty("FRBRuri", [("value", uri)])
        builder.empty("FRBRdate", [("date", date.iso), ("name", date.name)])
        builder.empty("FRBRauthor", [("href", author.href), ("as", author.role)])
    }

    /// The preface: the title, the symbol when the record states it, the body, the venue and the dates.
    func preface() -> String {
        var builder = XMLBuilder()
        builder.open("preface")
        builder.open("p", [("class", "title")])
        builder.element("docTitle", text: metadata.title.zh)
        builder.close("p")
        if let symbol = metadata.symbol {
            builder.open("p")
            builder.element("docNumber", text: symbol)
            builder.close("p")
        }
        builder.open("p")
        builder.element("docAuthority", [("refersTo", "#\(AKNEIds.body)")], text: metadata.body.zh)
        builder.text("，")
        builder.element("location", [("refersTo", "#\(AKNEIds.venue)")], text: metadata.venue.zh)
        builder.text("，")
        builder.element("docDate", [("date", metadata.startDate.iso)], text: metadata.startDate.iso)
        if metadata.endDate != metadata.startDate {
            builder.text("/")
            builder.element("docDate", [("date", metadata.endDate.iso)], text: metadata.endDate.iso)
        }
        builder.close("p")
        builder.close("preface")
        builder.newline()
        return builder.xml
    }
}
