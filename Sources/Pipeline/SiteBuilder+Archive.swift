import Diagnostics
import Foundation
import Writing

/// The site's ZIP archive, for reading offline.
extension SiteBuilder {
    /// The site as a ZIP, its home page without the link to the ZIP itself.
    func archiveData(of files: [SiteWriter.Entry], offlineHomes: [SiteWriter.Entry], archivePath: String) throws(Diagnostic) -> Data {
        let homes = Dictionary(offlineHomes.map { ($0.path, $0) }) { first, _ in first }
        let entries = files.filter { !$0.path.hasPrefix(".") }.map { entry in homes[entry.path] ?? entry }
        let name = ((archivePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let date = options.buildDate.flatMap { date in
            DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                           year: date.year, month: date.month, day: date.day).date
        }
        do {
            return try SiteArchive(folderName: name.isEmpty ? "site" : name, date: date).data(of: entries)
        } catch {
            throw .error("cannot make the archive: \(FileErrorText.describe(error))", at: SourceLocation(path: archivePath), rule: .outputWriteFailed)
        }
    }

    /// Writes an archive that lies outside the output folder, in one rename.
    func writeArchive(_ data: Data, to path: String) throws(Diagnostic) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .error("cannot write the archive: \(FileErrorText.describe(error))", at: SourceLocation(path: path), rule: .outputWriteFailed)
        }
    }
}
