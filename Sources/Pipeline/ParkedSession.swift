import Loading
import Synchronization

/// A parsed session between the read step and the render step: the render step needs the site map of
/// every session first, so the parsed text waits here and is handed, once, from the thread that parsed it
/// to the thread that renders it. The mutex is what makes the hand-over safe: whoever takes the session
/// owns it alone.
final class ParkedSession: Sendable {
    private let slot: Mutex<LoadedSession?>

    init(_ loaded: consuming sending LoadedSession?) {
        slot = Mutex(loaded)
    }

    /// The parsed session; nil once taken.
    func take() -> sending LoadedSession? {
        slot.withLock { loaded in
            let taken = loaded
            loaded = nil
            return taken
        }
    }
}
