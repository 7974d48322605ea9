import Diagnostics
import Foundation

/// What the open pages are told about the site being served: its generation, which grows with every
/// finished rebuild, and the diagnostics of the last rebuild when it failed. A page remembers the
/// generation it was served with and asks (long polling) to hear of the next one, then reloads.
public actor LiveReload {
    public struct State: Sendable, Equatable {
        public let generation: Int
        /// The errors (and warnings) of the last rebuild when it failed; the last good build is served.
        public let failure: DiagnosticLog?
    }

    public private(set) var state = State(generation: 1, failure: nil)
    private var waiting: [UUID: CheckedContinuation<State, Never>] = [:]
    private var isClosed = false

    public init() {}

    /// A rebuild finished: successfully (`failure` nil), or not, with its diagnostics.
    public func publish(failure: DiagnosticLog?) {
        state = State(generation: state.generation + 1, failure: failure)
        resumeAll()
    }

    /// The state once its generation differs from `generation`, or the current state after `timeout`
    /// (or when the server stops), whichever comes first.
    public func state(after generation: Int, timeout: Duration) async -> State {
        guard state.generation == generation, !isClosed else { return state }
        let id = UUID()
        let timer = Task {
            try? await Task.sleep(for: timeout)
            self.resume(id)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiting[id] = continuation
            }
        } onCancel: {
            Task { await self.resume(id) }
        }
    }

    /// Answers every waiting page and every later question at once: the server is stopping.
    public func close() {
        isClosed = true
        resumeAll()
    }

    private func resume(_ id: UUID) {
        waiting.removeValue(forKey: id)?.resume(returning: state)
    }

    private func resumeAll() {
        let pages = waiting
        waiting = [:]
        for page in pages.values { page.resume(returning: state) }
    }
}
