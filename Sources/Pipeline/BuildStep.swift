/// The named steps of a build, in order. A failure names the step it happened in.
public enum BuildStep: String, Sendable, CaseIterable {
    case load
    case analyse
    case link
    case render
    case write
}
