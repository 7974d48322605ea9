import CMarkGFM

/// The GitHub extensions every document is parsed with, registered with libcmark-gfm once per process.
enum CoreExtensions {
    static let names = ["table", "autolink", "strikethrough", "tagfilter"]

    /// Swift runs a static initialiser exactly once, whichever thread gets here first.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func ensureRegistered() {
        _ = registered
    }
}
