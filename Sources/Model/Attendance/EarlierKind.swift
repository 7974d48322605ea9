/// A kind a participant had before a decision changed it: Palestine was an entity maintaining a permanent
/// observer mission until General Assembly resolution 67/19 made it an observer State on 29 November 2012.
public struct EarlierKind: Sendable, Hashable {
    public var kind: Participant.Kind
    /// The first day on which the kind no longer applied (the date of the decision that changed it).
    public var until: CalendarDate
    /// The id of the source that records the change, from the registry's `sources`.
    public var source: String

    public init(kind: Participant.Kind, until: CalendarDate, source: String) {
        self.kind = kind
        self.until = until
        self.source = source
    }
}
