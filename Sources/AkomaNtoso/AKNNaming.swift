import Linking
import Model

/// The Akoma Ntoso Naming Convention's IRIs of a session's report, at the FRBR work, expression and
/// manifestation levels: `/akn/un/debateReport/<date>/<number>` for the work, `…/zho@` for the
/// Chinese expression, `…/zho@/!main.xml` for this XML file of its main component.
///
/// The country part is `un` (AKN4UN). The date is the last day of the meeting, when the report was
/// adopted. The number is the report's document symbol when the record states it, in the Naming
/// Convention's form (lowercase, each run of other characters a hyphen: `cac-cosp-wg-2-2013-4`), else the
/// session's slug, which names the session on this site and never changes.
public struct AKNNaming: Sendable, Hashable {
    public let work: String
    public let expression: String
    /// The expression's language, ISO 639-2 (`zho`), as the Naming Convention asks.
    public let language: String

    public init(session: Session) {
        let metadata = session.metadata
        let number = metadata.symbol.map(URLScheme.documentAnchor) ?? session.slug
        let work = "/akn/un/debateReport/\(metadata.endDate.iso)/\(number)"
        self.work = work
        self.language = AKNNaming.iso639Part2(bcp47: metadata.language)
        self.expression = "\(work)/\(language)@"
    }

    /// The IRI of a component at the work or expression level: `…/!main`, `…/!workplan`.
    public static func component(_ base: String, _ name: String) -> String { "\(base)/!\(name)" }

    /// The manifestation (this XML file) of a component of the expression: `…/zho@/!main.xml`.
    public func manifestation(of component: String) -> String { "\(expression)/!\(component).xml" }

    /// The manifestation as a whole: `…/zho@.akn`.
    public var manifestationURI: String { "\(expression).akn" }

    /// The three-letter code of a BCP 47 tag's language (`zh-Hans` → `zho`); a code it does not know is
    /// kept as written, lowercased.
    static func iso639Part2(bcp47 tag: String) -> String {
        let language = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        let codes = ["zh": "zho", "en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara"]
        return codes[language] ?? XMLText.identifier(language)
    }
}

/// The United Nations Convention against Corruption as an Akoma Ntoso work, and the eIds of its parts.
///
/// The Convention was adopted by the General Assembly on 31 October 2003 (resolution 58/4). In the Naming
/// Convention a treaty is an `act` with the subtype `convention`; its number is the name it is known by
/// (`uncac`), since it has none of its own. So its work IRI is `/akn/un/act/convention/2003-10-31/uncac`, and
/// a citation points at an element of its main component by the eId the Naming Convention gives it:
/// `art_54` for an article, `art_54__para_2` for its paragraph 2, `art_54__para_1__point_a` for (1)(a),
/// `chp_5` for chapter V.
public enum ConventionWork {
    public static let work = "/akn/un/act/convention/2003-10-31/uncac"
    public static let main = AKNNaming.component(work, "main")

    /// The IRI of an article, or of its paragraph when the record cites exactly one (`(2)`, `(1)(a)`).
    public static func article(_ number: Int, subdivisions: [String] = []) -> String {
        var eId = "art_\(number)"
        if subdivisions.count == 1, let parts = subdivisions.first.map(Self.parts), let paragraph = parts.first {
            eId += "__para_\(paragraph)"
            for point in parts.dropFirst() { eId += "__point_\(point)" }
        }
        return "\(main)#\(eId)"
    }

    public static func chapter(_ number: Int) -> String { "\(main)#chp_\(number)" }

    /// `(1)(a)` → `["1", "a"]`, each part an identifier.
    private static func parts(_ subdivision: String) -> [String] {
        subdivision.split { $0 == "(" || $0 == ")" }.map { XMLText.identifier(String($0).lowercased()) }.filter { !$0.isEmpty }
    }
}
