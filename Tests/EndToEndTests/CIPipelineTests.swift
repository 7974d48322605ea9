import Foundation
import Testing

/// The pipelines of `Deploy/ci/`: the GitHub workflow passes actionlint, `run-locally` runs the same
/// rapporteur commands as both pipelines, and it publishes a new session, imported as a secretariat does,
/// with an incremental build.
@Suite("End to end: the CI pipelines and Deploy/ci/run-locally")
struct CIPipelineTests {
    static let ci = Repository.root.appendingPathComponent("Deploy/ci")
    static let slug = "2013-08-asset-recovery-7"
    static let fixture = Repository.root.appendingPathComponent("Tests/Fixtures/new-session/report-\(slug).txt")

    /// actionlint also runs shellcheck on each step's script, when shellcheck is installed (it is).
    @Test func actionlintPassesOnTheGitHubWorkflow() throws {
        try Checkers.requireInstalled()
        let run = try Checkers.run(Checkers.actionlint, [Self.ci.appendingPathComponent("github-pages.yml").path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func shellcheckPassesOnThePipelinesScripts() throws {
        try Checkers.requireInstalled()
        let scripts = ["Deploy/ci/run-locally", "Deploy/ci/install-rapporteur", "Scripts/checkers/install",
                       "Scripts/checkers/validate-json", "Benchmarks/ci-cache"]
        let run = try Checkers.run(Checkers.shellcheck, scripts)
        #expect(run.status == 0, "\(run.output)")
    }

    /// The lines of a pipeline that run rapporteur, as written there.
    static func rapporteurCommands(in file: String) throws -> [String] {
        let text = try String(contentsOf: ci.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "rapporteur check")?.lowerBound ?? line.range(of: "rapporteur build")?.lowerBound,
                  !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") else { return nil }
            return String(line[start...])
        }
    }

    @Test func runLocallyRunsEveryRapporteurCommandOfBothPipelinesWordForWord() throws {
        let script = try String(contentsOf: Self.ci.appendingPathComponent("run-locally"), encoding: .utf8)
        let github = try Self.rapporteurCommands(in: "github-pages.yml")
        let gitlab = try Self.rapporteurCommands(in: ".gitlab-ci.yml")
        #expect(github.contains("rapporteur check --format github"))
        #expect(github.contains { $0.hasPrefix("rapporteur build --output \"$SITE\" --base-url \"$BASE_URL\" --archive") })
        #expect(gitlab.contains { $0.hasPrefix("rapporteur check --format gitlab") })
        #expect(gitlab.contains { $0.hasPrefix("rapporteur build --output \"$SITE\" --base-url \"$BASE_URL\" --archive") })
        for command in github + gitlab {
            #expect(script.contains(command), "run-locally does not run: \(command)")
        }
    }

    /// A copy of the project with what the pipelines use: the content, the theme and the scripts.
    static func copyOfTheProject() throws -> URL {
        let project = try Repository.temporaryFolder().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for item in ["Content", "Themes", "Deploy", "Scripts", "Package.swift", "README.md"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(item), to: project.appendingPathComponent(item))
        }
        return project
    }

    static func runLocally(_ project: URL, work: URL) throws -> (status: Int32, output: String) {
        try Checkers.run(project.appendingPathComponent("Deploy/ci/run-locally"),
                         ["--binary", CommandRun.executable.path, "--work", work.path], in: project)
    }

    /// `rapporteur import`, then the review: the English values the importer leaves empty are written.
    static func importTheNewSession(into project: URL) throws -> URL {
        let imported = try CommandRun.run(["import", fixture.path, "--session", slug], in: project)
        try #require(imported.status == 0, "\(imported.output)\(imported.errors)")
        let report = project.appendingPathComponent("Content/sessions/\(slug)/report.md")
        var text = try String(contentsOf: report, encoding: .utf8)
        for english in ["Report of the meeting held in Vienna on 26 and 27 August 2013",
                        "Open-ended Intergovernmental Working Group on Asset Recovery", "Vienna"] {
            let empty = try #require(text.range(of: "  en:\n"), "the importer left fewer English values empty")
            text.replaceSubrange(empty, with: "  en: \(english)\n")
        }
        try text.write(to: report, atomically: true, encoding: .utf8)
        return report
    }

    @Test func aNewSessionImportedFromItsTextIsCheckedBuiltIncrementallyAndPublished() throws {
        let project = try Self.copyOfTheProject()
        let work = project.deletingLastPathComponent().appendingPathComponent("ci-local")
        let published = work.appendingPathComponent("published")
        let newCover = published.appendingPathComponent("sessions/\(Self.slug)/index.html")

        // The pipeline as it ran before the new session: a full build, then the cache is saved.
        let first = try Self.runLocally(project, work: work)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("no cache yet: a full build"))
        #expect(FileManager.default.fileExists(atPath: published.appendingPathComponent("sessions/2012-08-asset-recovery-6/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: newCover.path))

        let report = try Self.importTheNewSession(into: project)
        let second = try Self.runLocally(project, work: work)
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("0 error(s), 0 warning(s)"), "the check passes: \(second.output)")
        #expect(second.output.contains("Built 2 session(s) (1 taken from the cache)"), "incremental: \(second.output)")
        #expect(FileManager.default.fileExists(atPath: newCover.path))
        for page in ["chapter-1.html", "chapter-3.html", "full.html"] {
            #expect(FileManager.default.fileExists(atPath: published.appendingPathComponent("sessions/\(Self.slug)/\(page)").path), "\(page)")
        }
        let home = try String(contentsOf: published.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("sessions/\(Self.slug)/index.html"))
        let sitemap = try String(contentsOf: published.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("https://records.example.org/asset-recovery/sessions/\(Self.slug)/chapter-1.html"))
        #expect(FileManager.default.fileExists(atPath: published.appendingPathComponent("rapporteur-site.zip").path))
        let quality = try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("reports/gl-code-quality-report.json")))
        #expect((quality as? [Any])?.isEmpty == true)
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("reports/rapporteur.sarif"))) as? [String: Any]
        #expect(((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.isEmpty == true)

        // A mistake in the new session: the check annotates it, and nothing is built or published.
        let text = try String(contentsOf: report, encoding: .utf8)
        try text.replacingOccurrences(of: "\n4. ", with: "\n5. ").write(to: report, atomically: true, encoding: .utf8)
        let failed = try Self.runLocally(project, work: work)
        #expect(failed.status == 1)
        #expect(failed.output.contains("::error file=Content/sessions/\(Self.slug)/report.md,line="), "\(failed.output)")
        #expect(failed.output.contains("title=paragraph-numbering::"))
        #expect(failed.output.contains("nothing was built or published"))
        #expect(FileManager.default.fileExists(atPath: newCover.path), "the published site stays as it was")
    }
}
