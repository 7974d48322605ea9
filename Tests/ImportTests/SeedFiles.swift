import Foundation

/// The seed (the text extracted from the report's PDF, kept as the session's `source.txt`) and the
/// hand-made session made from it.
enum SeedFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sessionPath = repository.appendingPathComponent("Content/sessions/2012-08-asset-recovery-6").path
    static let seedPath = "\(sessionPath)/source.txt"

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}
