/// A state, organization or entity that takes part in meetings.
public struct Participant: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case state
        case observerState = "observer-state"
        /// An entity maintaining a permanent observer mission to the United Nations (Palestine before
        /// General Assembly resolution 67/19 of 29 November 2012).
        case observerMissionEntity = "observer-mission-entity"
        case regionalOrganization = "regional-organization"
        case unEntity = "un-entity"
        case intergovernmentalOrganization = "intergovernmental-organization"
        case otherEntity = "other-entity"
    }

    /// ISO 3166-1 alpha-3 for states (`AFG`), a slug for others (`world-bank`); also its page's name.
    public var id: String
    /// What the participant is now.
    public var kind: Kind
    /// What it was before, oldest first: each earlier kind applies to the days before its `until`.
    public var earlierKinds: [EarlierKind]
    /// ISO 3166-1 alpha-3, for states.
    public var code: String?
    /// The UN regional group, for states (and an observer State that belongs to one).
    public var region: Region?
    /// The names as the UN writes them.
    public var name: BilingualText
    /// Other names used in running text: 美国 for 美利坚合众国.
    public var chineseAliases: [String]
    public var englishAliases: [String]

    public init(id: String, kind: Kind, earlierKinds: [EarlierKind] = [], code: String?, region: Region? = nil,
                name: BilingualText, chineseAliases: [String] = [], englishAliases: [String] = []) {
        self.id = id
        self.kind = kind
        self.earlierKinds = earlierKinds
        self.code = code
        self.region = region
        self.name = name
        self.chineseAliases = chineseAliases
        self.englishAliases = englishAliases
    }

    /// What the participant was on `date`: a record shows each participant as it was on the record's date.
    public func kind(on date: CalendarDate) -> Kind {
        earlierKinds.first { date < $0.until }?.kind ?? kind
    }
}

/// Every known participant, from `Content/reference/participants.yml`.
public struct ParticipantRegistry: Sendable, Hashable {
    public var participants: [Participant]
    /// Words that contain a participant's name without naming it (发展中国家 holds 中国).
    public var notNames: [String]
    /// What the registry was checked against; earlier kinds cite these.
    public var sources: [ReferenceSource]
    private var byChineseName: [String: Int]
    private var byID: [String: Int]

    public init(participants: [Participant], notNames: [String] = [], sources: [ReferenceSource] = []) {
        self.participants = participants
        self.notNames = notNames
        self.sources = sources
        var names: [String: Int] = [:]
        var ids: [String: Int] = [:]
        for (index, participant) in participants.enumerated() {
            ids[participant.id] = ids[participant.id] ?? index
            for name in [participant.name.zh] + participant.chineseAliases where names[name] == nil {
                names[name] = index
            }
        }
        self.byChineseName = names
        self.byID = ids
    }

    public static let empty = ParticipantRegistry(participants: [])

    /// The participant a Chinese name or alias denotes.
    public func participant(named name: String) -> Participant? {
        byChineseName[name].map { participants[$0] }
    }

    public func participant(id: String) -> Participant? {
        byID[id].map { participants[$0] }
    }
}
