import Diagnostics
import Foundation

/// A build's output while it is being written: a staging folder beside the output, swapped in by
/// `SiteWriter.commit` when everything is written. Files can be written from several threads at once,
/// as long as each path is written once.
public struct StagedSite: Sendable {
    public let folder: String
    /// The output it will replace, for diagnostics.
    let outputPath: String
    /// The output's lock, held as long as the staged site exists.
    let lock: OutputLock

    public func write(_ entry: SiteWriter.Entry) throws(Diagnostic) {
        // The last guard: whatever made the path, nothing is written outside the staging folder.
        guard OutputPathGuard.isInside(entry.path) else {
            throw .error("refusing to write '\(entry.path)': it is not a path inside the output folder", at: SourceLocation(path: outputPath),
                         rule: .outputRefused)
        }
        let destination = "\(folder)/\(entry.path)"
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            switch entry {
            case .data(_, let contents):
                try contents.write(to: URL(fileURLWithPath: destination))
            case .copy(_, let source):
                try fileManager.copyItem(atPath: source, toPath: destination)
            case .reuse(_, let source):
                if link(source, destination) != 0 { try fileManager.copyItem(atPath: source, toPath: destination) }
            }
        } catch {
            throw .error("cannot write the site: \(FileErrorText.describe(error))", at: SourceLocation(path: outputPath), rule: .outputWriteFailed)
        }
    }

    /// Every file written so far, as entries to copy (the site's ZIP is made from them).
    public func writtenFiles() -> [SiteWriter.Entry] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var entries: [SiteWriter.Entry] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = "\(folder)/\(relative)"
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                entries.append(.copy(path: relative, source: path))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// Removes the staging folder (the build failed).
    public func discard() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
