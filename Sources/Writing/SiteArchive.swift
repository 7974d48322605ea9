import Foundation
import ZIPFoundation

/// The whole site as one ZIP file that a reader downloads, unzips anywhere and opens offline: every
/// file under one folder named after the archive, compressed, dated by the build (never the clock) so
/// that two builds give the same bytes.
public struct SiteArchive: Sendable {
    /// The folder the files unzip into: `rapporteur-site/index.html`.
    public let folderName: String
    /// The date stamped on every entry (ZIP cannot hold dates before 1980).
    public let date: Date

    public init(folderName: String, date: Date?) {
        self.folderName = folderName
        self.date = max(date ?? Self.earliest, Self.earliest)
    }

    /// 1980-01-01T00:00:00Z, the first moment a ZIP entry can carry.
    static let earliest = Date(timeIntervalSince1970: 315_532_800)

    public func data(of entries: [SiteWriter.Entry]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            let contents: Data
            switch entry {
            case .data(_, let data): contents = data
            case .copy(_, let source), .reuse(_, let source): contents = try Data(contentsOf: URL(fileURLWithPath: source))
            }
            try archive.addEntry(with: "\(folderName)/\(entry.path)", type: .file, uncompressedSize: Int64(contents.count),
                                 modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
