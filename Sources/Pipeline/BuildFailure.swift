import Diagnostics

/// A build that stopped: the step it stopped in, and every diagnostic found until then.
public struct BuildFailure: Error, Sendable {
    public let step: BuildStep
    public let log: DiagnosticLog

    public init(step: BuildStep, log: DiagnosticLog) {
        self.step = step
        self.log = log
    }
}
