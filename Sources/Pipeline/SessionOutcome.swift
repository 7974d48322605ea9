import Diagnostics
import Linking
import Model
import Search

/// What building one session gives the rest of the site, and what the build cache keeps of it: the
/// session's model (for the site map), what it cites, who attended, where glossary terms occur, what
/// search finds in it, which pages it wrote, and the diagnostics it raised (printed again when the
/// session is taken from the cache, so that `--strict` still sees its warnings).
struct SessionOutcome: Sendable, Codable {
    var session: Session
    var mentions: [ReferenceMention]
    var attendance: [AttendanceList]
    var glossaryOccurrences: [GlossaryOccurrence]
    /// What search finds in it, by interface language (labels are in the interface's language).
    var searchDocuments: [String: [SearchDocument]]
    /// The pages the session wrote in its folder, relative to the site root.
    var pages: [String]
    /// The sessions its text links to (`../<slug>/report.md#p5`).
    var linkedSessions: [String]
    /// The diagnostics of reading the session (its front matter, structure, work plan).
    var loadDiagnostics: [Diagnostic]
    /// The diagnostics of analysing and rendering it (unmatched names, malformed references, broken links).
    var buildDiagnostics: [Diagnostic]
}
