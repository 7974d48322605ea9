import ContentHashing

/// The previous build's output folder with what its manifest recorded of each file, checked before any
/// of it is trusted: a file is intact when its stat is the recorded one (no reading: cheap), or else when
/// its bytes still have the recorded SHA-256. A file missing, not recorded, emptied or edited is not,
/// and is made again.
public struct PreviousOutput: Sendable {
    public let outputPath: String
    public let records: [String: FileRecord]
    private let verified = VerifiedFiles()

    public init(outputPath: String, records: [String: FileRecord]) {
        self.outputPath = outputPath
        self.records = records
    }

    /// What checking one file found.
    public enum Check: Equatable, Sendable {
        /// Its stat is the recorded one.
        case sameStat
        /// Its stat differs (touched, copied) but its bytes are the recorded ones: they were hashed.
        case sameContent
        /// Its bytes were hashed and differ from the recorded ones (emptied, edited).
        case otherContent
        /// Missing, not a regular file, or not recorded.
        case missing

        /// Whether the file may be trusted as the one the build wrote.
        public var isIntact: Bool { self == .sameStat || self == .sameContent }
        /// Whether the check read and hashed the file.
        public var hashed: Bool { self == .sameContent || self == .otherContent }
    }

    /// Checks the file at `path` (relative to the output) against its record.
    public func check(_ path: String) -> Check {
        guard let record = records[path], let stat = FileStat.of("\(outputPath)/\(path)") else { return .missing }
        if stat == record.stat { return .sameStat }
        guard SHA256.hex(ofFile: "\(outputPath)/\(path)") == record.sha256 else { return .otherContent }
        verified.insert(path, stat: stat)
        return .sameContent
    }

    /// The records, with the stat each file had when this build hashed it and found it intact: the record
    /// of a file hard-linked from here into the new output, whose hash need not be read again.
    public var recordsAsChecked: [String: FileRecord] {
        records.merging(verified.all.compactMap { path, stat in
            records[path].map { (path, FileRecord(stat: stat, sha256: $0.sha256)) }
        }) { _, checked in checked }
    }

    /// Whether every file at `paths` is intact, and how many were hashed to know it. Stops at the first
    /// file that is not.
    public func checkAll(_ paths: some Sequence<String>) -> (intact: Bool, hashed: Int) {
        var hashed = 0
        for path in paths {
            let check = check(path)
            if check.hashed { hashed += 1 }
            guard check.isIntact else { return (false, hashed) }
        }
        return (true, hashed)
    }

    /// Whether the file at `path` is intact.
    public func isIntact(_ path: String) -> Bool {
        check(path).isIntact
    }
}
