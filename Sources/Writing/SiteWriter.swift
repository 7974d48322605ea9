import CAtomicExchange
import Diagnostics
import Foundation

/// The write stage: puts the built site in place without ever leaving a half-written or damaged one.
///
/// Files go to a staging folder beside the output; only when all of them are written is the old output
/// moved aside and the staging folder renamed into its place. An output folder is replaced only if it is
/// empty, holds nothing but a README, or carries the marker file of an earlier build, and never if it is
/// (or contains) the content, the theme, the home folder or the file system root.
public struct SiteWriter: Sendable {
    /// The file that marks a folder as Rapporteur's output.
    public static let markerName = ".rapporteur-output"
    /// Files of an output folder that belong to the repository, not to the build, and are kept.
    public static let keptNames: Set<String> = ["README.md", ".gitkeep"]

    public let outputPath: String
    /// Folders the output must never be, nor contain (the repository root, say).
    public let protectedPaths: [String]
    /// Folders the output must not be, contain, or be inside (the content and the theme).
    public let sourcePaths: [String]

    /// How long a build waits for another build of the same output to finish (`OutputLock`).
    public var lockTimeout: TimeInterval = 60

    public init(outputPath: String, protectedPaths: [String] = [], sourcePaths: [String]) {
        self.outputPath = outputPath
        self.protectedPaths = protectedPaths
        self.sourcePaths = sourcePaths
    }

    /// A file to write: its path inside the output, and either its bytes or a file to copy.
    public enum Entry: Sendable {
        case data(path: String, contents: Data)
        case copy(path: String, source: String)
        /// A file of the previous output that is unchanged: hard-linked into the new one (copied where
        /// links cannot be made), so that an incremental build neither renders nor writes it again.
        case reuse(path: String, source: String)

        public var path: String {
            switch self {
            case .data(let path, _), .copy(let path, _), .reuse(let path, _): return path
            }
        }
    }

    /// Checks that the output may be replaced, without touching anything.
    public func checkDestination() throws(Diagnostic) {
        let output = Self.canonical(outputPath)
        let here = SourceLocation(path: outputPath)
        // The home folder as the account database has it and as the environment says ($HOME), which differ
        // under sudo or in containers.
        let homes = [NSHomeDirectory(), ProcessInfo.processInfo.environment["HOME"]].compactMap { $0 }.filter { !$0.isEmpty }
        let forbidden = ["/"] + (homes + protectedPaths + sourcePaths).map(Self.canonical)
        for path in forbidden where Self.isSameOrInside(path, output) {
            throw .error("refusing to write the site to '\(outputPath)': it is or contains '\(path)', which the build must not replace", at: here, rule: .outputRefused)
        }
        for path in sourcePaths.map(Self.canonical) where Self.isSameOrInside(output, path) {
            throw .error("refusing to write the site to '\(outputPath)': it is inside '\(path)'", at: here, rule: .outputRefused)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .error("refusing to write the site to '\(outputPath)': it is a file, not a folder", at: here, rule: .outputRefused)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        let foreign = names.filter { !Self.keptNames.contains($0) }
        if !foreign.isEmpty, !names.contains(Self.markerName) {
            throw .error("refusing to replace '\(outputPath)': it is not empty and was not written by Rapporteur (no \(Self.markerName) file)", at: here, rule: .outputRefused)
        }
    }

    /// Writes `entries` and swaps them in. On any failure the previous output is left as it was.
    public func write(_ entries: [Entry]) throws(Diagnostic) {
        let staged = try stage()
        do {
            for entry in entries { try staged.write(entry) }
        } catch {
            staged.discard()
            throw error
        }
        try commit(staged)
    }

    /// Starts a build's output: takes the output's lock (waiting for another build of it), checks that the
    /// output may be replaced, removes what killed builds left (no other build can be using it while we hold
    /// the lock), and makes the staging folder beside the output, which `StagedSite.write` fills (from
    /// several threads at once, each writing its own files) and `commit` swaps in. The staged site holds
    /// the lock until it is released.
    public func stage() throws(Diagnostic) -> StagedSite {
        try checkDestination()
        let lock = try OutputLock.acquire(forOutput: outputPath, timeout: lockTimeout)
        try checkDestination()
        removeLeftovers()
        let output = Self.canonical(outputPath)
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let staging = "\(parent)/.\(name).staging-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .error("cannot write the site: \(FileErrorText.describe(error))", at: SourceLocation(path: outputPath), rule: .outputWriteFailed)
        }
        return StagedSite(folder: staging, outputPath: outputPath, lock: lock)
    }

    /// Puts a staged site in place of the output, with the files kept from the previous output and the
    /// marker. On failure the staging folder is removed and the previous output is left as it was.
    public func commit(_ staged: StagedSite) throws(Diagnostic) {
        let output = Self.canonical(outputPath)
        let fileManager = FileManager.default
        do {
            for kept in Self.keptNames where fileManager.fileExists(atPath: "\(output)/\(kept)") {
                try fileManager.copyItem(atPath: "\(output)/\(kept)", toPath: "\(staged.folder)/\(kept)")
            }
            try Data("Written by rapporteur build. This folder is replaced by every build.\n".utf8)
                .write(to: URL(fileURLWithPath: "\(staged.folder)/\(Self.markerName)"))
        } catch {
            staged.discard()
            throw .error("cannot write the site: \(FileErrorText.describe(error))", at: SourceLocation(path: outputPath), rule: .outputWriteFailed)
        }
        let retired = staged.folder.replacingOccurrences(of: ".staging-", with: ".previous-")
        do {
            try swapIn(staging: staged.folder, output: output, retired: retired)
        } catch {
            staged.discard()
            throw .error("cannot put the site in place: \(FileErrorText.describe(error))", at: SourceLocation(path: outputPath), rule: .outputWriteFailed)
        }
    }

    /// Replaces `output` by `staging`. Where the kernel can, the two folders are exchanged in one atomic
    /// step, so that the output always exists, even if the process is killed; elsewhere by two renames.
    private func swapIn(staging: String, output: String, retired: String) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output) else {
            try fileManager.moveItem(atPath: staging, toPath: output)
            return
        }
        if rapporteur_exchange_paths(staging, output) == 0 {
            try? fileManager.removeItem(atPath: staging)
            return
        }
        try fileManager.moveItem(atPath: output, toPath: retired)
        do {
            try fileManager.moveItem(atPath: staging, toPath: output)
        } catch {
            try? fileManager.moveItem(atPath: retired, toPath: output)
            throw error
        }
        try? fileManager.removeItem(atPath: retired)
    }

    /// Removes staging and retired folders that a killed build left beside the output.
    public func removeLeftovers() {
        let output = Self.canonical(outputPath)
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for leftover in names where leftover.hasPrefix(".\(name).staging-") || leftover.hasPrefix(".\(name).previous-") {
            try? FileManager.default.removeItem(atPath: "\(parent)/\(leftover)")
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `inner` is `outer` or inside it.
    static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }
}
