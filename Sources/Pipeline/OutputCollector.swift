import Diagnostics
import Rendering
import Writing

/// Where a build's files go as they are made: written into the staging folder at once (by the thread that
/// made them, so that the site is never held in memory whole), or kept to return when there is none;
/// with each page's fingerprint for the manifest.
struct OutputCollector: Sendable {
    let staged: StagedSite?
    /// The previous output, from which unchanged pages are taken.
    let outputPath: String
    private(set) var entries: [SiteWriter.Entry] = []
    private(set) var fingerprints: [String: String] = [:]

    init(staged: StagedSite?, outputPath: String) {
        self.staged = staged
        self.outputPath = outputPath
    }

    /// A rendered file as an entry to write, or to take from the previous output when it is unchanged.
    func entry(_ file: OutputFile) -> SiteWriter.Entry {
        file.isUnchanged ? .reuse(path: file.path.value, source: "\(outputPath)/\(file.path.value)")
            : .data(path: file.path.value, contents: file.contents)
    }

    /// Writes a file into the staging folder at once, keeping only what the manifest needs of it.
    func written(_ file: OutputFile) -> Result<OutputFile, DiagnosticsError> {
        guard let staged, !file.isWritten else { return .success(file) }
        do {
            try staged.write(entry(file))
        } catch {
            return .failure(DiagnosticsError(DiagnosticLog([error]), isWriteFailure: true))
        }
        return .success(file.written())
    }

    /// Records a file in the manifest and, unless written already, keeps it to write or return.
    mutating func collect(_ file: OutputFile) {
        if let fingerprint = file.fingerprint { fingerprints[file.path.value] = fingerprint }
        if !file.isWritten { entries.append(entry(file)) }
    }

    /// A file taken from the previous output (with its fingerprint there) or copied from the theme.
    mutating func add(_ entry: SiteWriter.Entry, fingerprint: String? = nil) throws(Diagnostic) {
        if let fingerprint { fingerprints[entry.path] = fingerprint }
        guard let staged else { return entries.append(entry) }
        try staged.write(entry)
    }
}
