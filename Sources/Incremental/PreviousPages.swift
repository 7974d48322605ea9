/// The pages of the previous build, by path, with the fingerprints they were rendered from
/// (`PageFingerprint`), and the output that holds them. A page is taken from there only when it was
/// rendered from the same fingerprint and its file is intact (`PreviousOutput`).
public struct PreviousPages: Sendable {
    public let fingerprints: [String: String]
    public let output: PreviousOutput

    public init(fingerprints: [String: String], output: PreviousOutput) {
        self.fingerprints = fingerprints
        self.output = output
    }

    public var outputPath: String { output.outputPath }

    /// Whether the previous output holds, intact, the page rendered from `fingerprint`.
    public func holds(_ path: String, fingerprint: String) -> Bool {
        fingerprints[path] == fingerprint && output.isIntact(path)
    }
}
