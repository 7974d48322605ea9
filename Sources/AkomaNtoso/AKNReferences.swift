import Analysis
import Model

/// The `<references>` of the report: Top Level Classes for the body that wrote it (its author), the
/// venue, Rapporteur (which made the markup), each participant the text names (`TLCOrganization`,
/// showing its Chinese and English names) and each glossary term it marks (`TLCConcept`, showing the
/// English term). Their `href`s are in the Naming Convention's ontology space (`/ontology/…`).
struct AKNReferences {
    let metadata: SessionMetadata
    let registry: ParticipantRegistry
    let glossary: Glossary

    func xml(participants: Set<String>, terms: Set<String>) -> String {
        var builder = XMLBuilder()
        builder.open("references", [("source", "#\(AKNEIds.rapporteur)")])
        builder.newline()
        func tlc(_ element: String, _ eId: String, _ href: String, _ showAs: String, shortForm: String? = nil) {
            builder.empty(element, [("eId", eId), ("href", href), ("showAs", showAs), ("shortForm", shortForm)])
            builder.newline()
        }
        tlc("TLCOrganization", AKNEIds.body, "/ontology/organization/un/\(Self.slug(metadata.body.en))",
            "\(metadata.body.zh) (\(metadata.body.en))")
        tlc("TLCOrganization", AKNEIds.rapporteur, "/ontology/organization/rapporteur", "Rapporteur")
        tlc("TLCRole", AKNEIds.authorRole, "/ontology/role/author", "作者 (Author)")
        tlc("TLCLocation", AKNEIds.venue, "/ontology/location/\(Self.slug(metadata.venue.en))",
            "\(metadata.venue.zh) (\(metadata.venue.en))")
        for id in participants.sorted() {
            guard let participant = registry.participant(id: id) else { continue }
            tlc("TLCOrganization", AKNEIds.participant(id), "/ontology/organization/un/participant/\(XMLText.identifier(id.lowercased()))",
                "\(participant.name.zh) (\(participant.name.en))", shortForm: participant.code)
        }
        for id in terms.sorted() {
            guard let entry = glossary.entry(id: id) else { continue }
            tlc("TLCConcept", AKNEIds.term(id), "/ontology/concept/uncac/\(XMLText.identifier(id))", entry.en,
                shortForm: entry.abbreviation)
        }
        builder.close("references")
        builder.newline()
        return builder.xml
    }

    /// A name as an ontology path segment: `open-ended-intergovernmental-working-group-on-asset-recovery`.
    static func slug(_ name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "unnamed" : words.joined(separator: "-")
    }
}
