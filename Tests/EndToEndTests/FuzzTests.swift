import Diagnostics
import Foundation
import Loading
import Pipeline
import PropertyBased
import Testing

/// One random edit of a content file: the kind of edit, where, how much, and what is inserted.
struct ContentMutation: Sendable, CustomStringConvertible {
    var kind: Int
    var position: Int
    var length: Int
    var token: String

    /// Pieces that matter to the parsers: Markdown syntax, the paragraph convention, YAML, links, odd bytes.
    static let tokens = [
        "\n", "\n\n", "# ", "## ", "### ", "一. ", "A. ", "1. ", "99. ", "0. ", "    ", "- ", "> ", "* ", "[", "]", "](#p3)",
        "](../x/report.md#p1)", "](work-plan.md#y2013-9)", "---\n", "---", "第 54 条", "`", "```\n", "**", "<script>",
        "\u{0}", "&", ":", "  zh: ", "  en: ", "title:", "dates:", "start: 2012-02-30", "\t", "|---|\n", "\r\n", "\u{FEFF}",
        "&a [1]", "*a", "{", "}", "\"", "'", "! ", "\\", "%", "十二. ", "Z. ", "2147483648. ",
    ]

    static let generator = Generator<ContentMutation, Shrink.None<ContentMutation>> { rng in
        ContentMutation(kind: Int.random(in: 0..<6, using: &rng), position: Int.random(in: 0..<1_000_000, using: &rng),
                        length: Int.random(in: 0..<40, using: &rng), token: tokens.randomElement(using: &rng) ?? "\n")
    }

    var description: String { "kind \(kind) at \(position) length \(length) token \(token.debugDescription)" }

    func apply(to text: String) -> String {
        var characters = Array(text)
        guard !characters.isEmpty else { return token }
        let at = position % characters.count
        switch kind {
        case 0: characters.removeSubrange(at..<min(characters.count, at + length))
        case 1, 2: characters.insert(contentsOf: token, at: at)
        case 3:
            var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
            let line = position % lines.count
            lines.insert(lines[line], at: (line + length) % lines.count)
            return lines.joined(separator: "\n")
        case 4:
            var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
            lines.swapAt(position % lines.count, (position / 7 + length) % lines.count)
            return lines.joined(separator: "\n")
        default: characters.removeSubrange(at...)
        }
        return String(characters)
    }
}

/// The fuzz runs draw their cases from swift-property-based's generators with a fixed seed, so that every
/// run tests the same few thousand cases and a failure names a case that can be replayed.
/// (`propertyCheck` with `.fixedSeed` runs a single case, so the seeded generator is driven directly.)
@Suite("Fuzzing: mutated content gives a build or diagnostics, never a crash or a hang")
struct FuzzTests {
    static func cases(_ count: Int, seed: UInt64) -> [(mutation: ContentMutation, target: Int)] {
        var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        let mutation = ContentMutation.generator
        let target = Gen.int(in: 0...2)
        return (0..<count).map { _ in (mutation.run(using: &rng), target.run(using: &rng)) }
    }

    static let slug = "2012-08-asset-recovery-6"

    /// The real site configuration, the first chapters of the real report (about 10 paragraphs) and
    /// the real work plan.
    static func baseFiles() throws -> [String: String] {
        let report = try String(contentsOfFile: Repository.report, encoding: .utf8)
        // Shortened, the report is no longer its source's text: it is fuzzed as a session without one.
        let shortened = report.components(separatedBy: "## C. 出席情况")[0]
            .replacingOccurrences(of: "\nsource: source.txt\n", with: "\nsource:\n")
        return [
            "C/site.yml": try String(contentsOfFile: "\(Repository.content)/site.yml", encoding: .utf8),
            "C/sessions/\(slug)/report.md": shortened,
            "C/sessions/\(slug)/work-plan.md": try String(contentsOfFile: Repository.workPlan, encoding: .utf8)
                .replacingOccurrences(of: "discussed_in: [2, 17, 18, 19]", with: "discussed_in: [2]")
                .replacingOccurrences(of: "paragraph: 20", with: "paragraph: 8"),
        ]
    }

    /// Builds (to memory) and checks the outcome: success without errors, or errors that point into the files.
    @discardableResult
    static func checkBuild(_ files: [String: String], mutation: String) -> Bool {
        let options = BuildOptions(contentPath: "C", themePath: Repository.theme, outputPath: "")
        let builder = SiteBuilder(options: options, fileSystem: .memory(files))
        do {
            let result = try builder.renderSite()
            #expect(!result.log.hasErrors, "\(mutation)")
            #expect(result.pages >= 3, "\(mutation)")
            return true
        } catch {
            #expect(error.log.hasErrors, "a failed build says why: \(mutation)")
            for diagnostic in error.log.diagnostics {
                let lineCount = (files[diagnostic.location.path]?.split(separator: "\n", omittingEmptySubsequences: false).count ?? 1) + 1
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount, "\(diagnostic) after \(mutation)")
                #expect(diagnostic.location.column >= 1, "\(diagnostic)")
                #expect(!diagnostic.message.isEmpty)
            }
            return false
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func mutatedReportsWorkPlansAndSiteConfigurations() throws {
        let base = try Self.baseFiles()
        let options = BuildOptions(contentPath: "C", themePath: Repository.theme, outputPath: "")
        #expect(throws: Never.self) { try SiteBuilder(options: options, fileSystem: .memory(base)).renderSite() }
        var built = 0
        for (index, (mutation, target)) in Self.cases(1500, seed: 2012).enumerated() {
            let path = ["C/sessions/\(Self.slug)/report.md", "C/sessions/\(Self.slug)/work-plan.md", "C/site.yml"][target]
            var files = base
            files[path] = mutation.apply(to: base[path] ?? "")
            if Self.checkBuild(files, mutation: "case \(index), \(path): \(mutation)") { built += 1 }
        }
        // The cases reach both outcomes: the fuzzer is not only feeding the error path, nor only harmless edits.
        #expect(built > 150 && built < 1350, "\(built) of 1500 mutated sites built")
    }

    @Test(.timeLimit(.minutes(5)))
    func mutatedFrontMatter() throws {
        let report = try String(contentsOfFile: Repository.report, encoding: .utf8)
        let frontMatter = report.components(separatedBy: "\n---\n")[0] + "\n---\n"
        for (index, (mutation, _)) in Self.cases(3000, seed: 830).enumerated() {
            let text = mutation.apply(to: frontMatter) + "# 一. 导言\n\n1. 文本。\n"
            var log = DiagnosticLog()
            let file = TextFile(path: "r.md", text: text)
            guard let split = try? FrontMatter.split(file) else { continue }
            let metadata = SessionMetadataReader.read(split, path: "r.md", log: &log)
            #expect(metadata != nil || log.hasErrors, "case \(index): no metadata and no error after \(mutation)")
            for diagnostic in log.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= text.split(separator: "\n").count + 1,
                        "case \(index): \(diagnostic)")
            }
        }
    }
}
