import Foundation

/// Paths of the repository the tests run in, found from this file's location.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var content: String { root.appendingPathComponent("Content").path }
    static var theme: String { root.appendingPathComponent("Themes/default").path }
    static var report: String { root.appendingPathComponent("Content/sessions/2012-08-asset-recovery-6/report.md").path }
    static var workPlan: String { root.appendingPathComponent("Content/sessions/2012-08-asset-recovery-6/work-plan.md").path }

    /// The raw text extracted from the report's PDF: the session's source text, kept with it.
    static var seed: String { root.appendingPathComponent("Content/sessions/2012-08-asset-recovery-6/source.txt").path }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapporteur-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
