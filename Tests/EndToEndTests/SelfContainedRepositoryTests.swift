import Foundation
import Testing

/// The project stands alone: a clone in an empty folder has everything its build, tests, scripts,
/// benchmarks and documents use. No file may name a folder beside the repository (the sibling folder of our working copies) or an
/// absolute path of the machine it was written on.
@Suite("The repository refers to nothing outside itself")
struct SelfContainedRepositoryTests {
    /// What points outside the repository: the sibling folders of our own working copies, and the
    /// absolute folders of the machines the project is developed on.
    /// The sibling folder of our own working copies, named in pieces so that this file, which looks for
    /// it, does not itself read as a reference to it.
    static let sibling = ["sha", "red"].joined()

    static let outsidePatterns = [
        #"\.\./"# + sibling + #"\b"#,
        #"\b"# + sibling + #"/(seeds|schemas|hooks|GUIDE)"#,
        #"(?<![\w.$-])/work/"#,
        #"(?<![\w.$-])/root/"#,
        #"(?<![\w.$-])/home/[a-z]"#,
    ]

    /// Whether `line` refers outside the repository.
    static func refersOutside(_ line: some StringProtocol) -> Bool {
        let text = String(line)
        return outsidePatterns.contains { text.range(of: $0, options: .regularExpression) != nil }
    }

    /// The places allowed to match, each with why (the file and the text it may contain).
    static let allowed: [(file: String, text: String, why: String)] = [
        // This file names the patterns it looks for.
        ("Tests/EndToEndTests/SelfContainedRepositoryTests.swift", "", "the patterns themselves"),
    ]

    /// Folders that are not the project's files: git's, build products, outputs and caches (all ignored).
    static let skippedFolders: Set<String> = [".git", ".build", ".swiftpm", "Public", "test-output", ".rapporteur-cache", ".venv",
                                              "work", "__pycache__", "node_modules"]

    /// Every text file of the project, relative to the repository's root.
    static func projectFiles() throws -> [String] {
        let root = Repository.root
        var files: [String] = []
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey]) else {
            return []
        }
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            let values = try url.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey])
            if values.isDirectory == true {
                if skippedFolders.contains(name) || name.hasPrefix(".build") { enumerator.skipDescendants() }
                continue
            }
            // A worktree's `.git` is a file naming the repository's own folder: git's, not the project's.
            guard values.isRegularFile == true, name != ".git" else { continue }
            files.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return files.sorted()
    }

    @Test func noFileNamesAPathOutsideTheRepository() throws {
        let files = try Self.projectFiles()
        #expect(files.contains("Package.swift") && files.contains("README.md") && files.count > 100)
        var found: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: Repository.root.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard Self.refersOutside(line) else { continue }
                let excused = Self.allowed.contains { $0.file == file && ($0.text.isEmpty || line.contains($0.text)) }
                if !excused { found.append("\(file):\(number + 1): \(line.prefix(120))") }
            }
        }
        #expect(found.isEmpty, "files that refer outside the repository:\n\(found.joined(separator: "\n"))")
    }

    @Test func thePatternsFindWhatTheyAreFor() {
        let outside = ["see ../\(Self.sibling)/seeds/x.txt", "copy \(Self.sibling)/schemas/akomantoso", "/work/main/.build/release/rapporteur",
                       "cd /root/project", "\"/home/alice/Public\""]
        let inside = ["Benchmarks/work/10", "$REPO/Benchmarks/work/", "the shared key", "Content/sessions/x/source.txt",
                      "https://example.org/work/", "/tmp/x/Public"]
        for line in outside { #expect(Self.refersOutside(line), "\(line)") }
        for line in inside { #expect(!Self.refersOutside(line), "\(line)") }
    }
}
