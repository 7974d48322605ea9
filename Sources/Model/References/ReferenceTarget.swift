/// What a reference in the record points at.
public enum ReferenceTarget: Sendable, Hashable, Comparable, Codable {
    /// An article of the Convention.
    case article(Int)
    /// A chapter of the Convention (第五章).
    case conventionChapter(Int)
    case resolution(Resolution)
    /// A UN document symbol (CAC/COSP/2009/7), or a range of addenda (…/L.1/Add.1-3).
    case document(String)
    /// A state or organization named in running text, by its registry id.
    case participant(String)

    public static func < (lhs: ReferenceTarget, rhs: ReferenceTarget) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, Int, String) {
        switch self {
        case .article(let number): return (0, number, "")
        case .conventionChapter(let number): return (1, number, "")
        case .resolution(let resolution): return (2, resolution.body.order, resolution.sortKey)
        case .document(let symbol): return (3, 0, symbol)
        case .participant(let id): return (4, 0, id)
        }
    }
}

/// A resolution of a UN body, by the number the record writes (4/4, 1970 (2007), 19/38).
public struct Resolution: Sendable, Hashable, Codable {
    public var body: ResolutionBody
    /// As written, spaces normalised: `4/4`, `1970 (2007)`.
    public var number: String

    public init(body: ResolutionBody, number: String) {
        self.body = body
        self.number = number
    }

    /// The fragment on the resolutions page: `cosp-4-4`, `security-council-1970-2007`.
    public var anchor: String {
        body.rawValue + "-" + number.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
    }

    /// Orders 1/4 before 2/3 before 4/4 before 19/38, numerically part by part.
    var sortKey: String {
        number.split { !$0.isNumber }.map { String(repeating: "0", count: max(0, 6 - $0.count)) + $0 }.joined(separator: ".")
    }
}

/// The body that adopted a resolution, recognised from the words before its number.
public enum ResolutionBody: String, Sendable, Hashable, CaseIterable, Codable {
    case conferenceOfStatesParties = "cosp"
    case securityCouncil = "security-council"
    case humanRightsCouncil = "human-rights-council"
    case generalAssembly = "general-assembly"

    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The words that name the body in Chinese text, longest first.
    public var chineseNames: [String] {
        switch self {
        case .conferenceOfStatesParties: return ["缔约国会议"]
        case .securityCouncil: return ["安全理事会", "安理会"]
        case .humanRightsCouncil: return ["人权理事会", "人权委员会"]
        case .generalAssembly: return ["联合国大会", "大会"]
        }
    }
}
