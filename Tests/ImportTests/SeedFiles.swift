import Foundation

/// The seed (`../shared/seeds/` beside the repository) and the hand-made session made from it.
enum SeedFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedPath = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_790c221d29e7da4f.txt").path
    static let sessionPath = repository.appendingPathComponent("Content/sessions/2012-08-asset-recovery-6").path

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}
