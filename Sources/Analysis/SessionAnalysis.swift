/// Everything the analyse stage found in one session.
public struct SessionAnalysis {
    public let references: ReferenceAnalysis
    public let participants: ParticipantAnalysis
    public let glossary: GlossaryAnalysis

    public init(references: ReferenceAnalysis, participants: ParticipantAnalysis, glossary: GlossaryAnalysis) {
        self.references = references
        self.participants = participants
        self.glossary = glossary
    }
}
