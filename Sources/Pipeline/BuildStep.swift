/// The named steps of a build, in order. A failure names the step it happened in.
public enum BuildStep: String, Sendable, CaseIterable {
    case load
    case analyse
    case link
    case render
    case write
}

extension BuildStep {
    /// The step's place in the build.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
