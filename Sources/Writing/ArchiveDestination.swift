import Diagnostics
import Foundation
import ZIPFoundation

extension SiteWriter {
    /// Checks where `--archive` may write the site's ZIP when it lies outside the output folder: never in
    /// the content or the theme, never through a symbolic link or over a folder, and over an existing file
    /// only if that file is a ZIP of a Rapporteur site of the same name (an earlier build's), so that a
    /// mistyped path cannot replace someone's archive.
    public func checkArchiveDestination(_ archivePath: String) throws(Diagnostic) {
        let here = SourceLocation(path: archivePath)
        let url = URL(fileURLWithPath: archivePath)
        let parent = Self.canonical(url.deletingLastPathComponent().path)
        let archive = "\(parent)/\(url.lastPathComponent)"
        for source in sourcePaths.map(Self.canonical) where Self.isSameOrInside(archive, source) {
            throw .error("refusing to write the archive into '\(source)', which holds the build's own input", at: here, rule: .outputRefused)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: archive)
        guard let type = attributes?[.type] as? FileAttributeType else { return }
        guard type == .typeRegular else {
            throw .error("refusing to write the archive: '\(archivePath)' exists and is not a regular file", at: here, rule: .outputRefused)
        }
        let folderName = (url.lastPathComponent as NSString).deletingPathExtension
        guard let existing = try? Archive(url: URL(fileURLWithPath: archive), accessMode: .read),
              existing["\(folderName)/index.html"] != nil, existing["\(folderName)/search-index.js"] != nil else {
            throw .error("refusing to replace '\(archivePath)': it is not a ZIP of a site that Rapporteur wrote; remove it or choose another name",
                         at: here, rule: .outputRefused)
        }
    }
}
