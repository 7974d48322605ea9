import Foundation
import Model
import Pipeline
import Testing
import Writing

/// Every input is untrusted: identifiers from data files, the output folder shared by two builds, YAML
/// built to explode, the archive's path, the base address, the environment and what reaches the terminal.
/// Each test reproduces a hole found in a hostile-input review and checks it is closed.
@Suite("End to end: untrusted identifiers, paths, YAML and environment")
struct UntrustedInputTests {
    static let slug = "2012-08-asset-recovery-6"

    static func edit(_ relative: String, in content: URL, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        try #require(changed != text, "the edit of \(relative) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    /// `rapporteur check` on a content folder.
    static func check(_ content: URL) throws -> CommandRun {
        try CommandRun.run(["check", "--content", content.path, "--theme", Repository.theme])
    }

    /// The 1-based line and column at which `text` starts in a file.
    static func position(of text: String, in url: URL) throws -> (line: Int, column: Int) {
        try SourceVerificationTests.position(of: text, in: url)
    }

    /// Every file below `folder`, relative to it.
    static func files(below folder: URL) -> Set<String> {
        Set((FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? [])
    }

    // MARK: Identifiers

    @Test("a participant id that is a path, a page or a case twin is an error at its line and column, and nothing is written",
          arguments: ["../../../outside", "../index", "a/b", "-rf", "é", "x\\u0000y"])
    func participantIdentifiers(_ hostile: String) throws {
        let content = try BuildSafetyTests.copyOfContent()
        try Self.edit("reference/participants.yml", in: content) { $0.replacingOccurrences(of: "  - id: AGO\n", with: "  - id: \"\(hostile)\"\n") }
        let registry = content.appendingPathComponent("reference/participants.yml")
        let place = try Self.position(of: "  - id: \"\(hostile)\"", in: registry)
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("\(registry.path):\(place.line):9: error: 'id' must be lowercase letters a–z and digits, in words joined by single hyphens"),
                "\(check.output)")

        let root = content.deletingLastPathComponent()
        let before = Self.files(below: root)
        let build = try CommandRun.run(["build", "--content", content.path, "--theme", Repository.theme,
                                        "--output", root.appendingPathComponent("a/b/Public").path, "--no-cache"])
        #expect(build.status == 1)
        // Nothing anywhere around the content (the folder above the output included), but the lock file.
        #expect(Self.files(below: root).subtracting(before).allSatisfy { $0.hasPrefix("a") }, "\(Self.files(below: root).subtracting(before))")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a/b/Public").path))
    }

    @Test func idsThatDifferOnlyInCaseAreOneIdentifier() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try Self.edit("reference/participants.yml", in: content) { $0.replacingOccurrences(of: "  - id: ALB\n", with: "  - id: ago\n") }
        let registry = content.appendingPathComponent("reference/participants.yml")
        let first = try Self.position(of: "  - id: AGO", in: registry)
        let second = try Self.position(of: "  - id: ago", in: registry)
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("\(registry.path):\(second.line):5: error: the id 'ago' is used twice (ids are compared in lower case, as file names); the first is at line \(first.line)"),
                "\(check.output)")
    }

    @Test func aGlossaryIdThatWouldCloseItsAttributeIsAnError() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let payload = #"v\"><img src=x onerror=alert(document.domain)>"#
        try Self.edit("glossary.yml", in: content) {
            $0.replacingOccurrences(of: "  - id: non-conviction-based-confiscation\n", with: "  - id: \"\(payload)\"\n")
        }
        let glossary = content.appendingPathComponent("glossary.yml")
        let place = try Self.position(of: "  - id: \"v", in: glossary)
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("\(glossary.path):\(place.line):9: error: 'id' must be lowercase letters"), "\(check.output)")
    }

    @Test("a session folder whose name is not a slug is left out with an error",
          arguments: ["-", "--", "-rf", "A-B", "a--b", "a_b"])
    func sessionSlugs(_ name: String) throws {
        let content = try BuildSafetyTests.copyOfContent()
        try FileManager.default.copyItem(at: content.appendingPathComponent("sessions/\(Self.slug)"),
                                         to: content.appendingPathComponent("sessions/\(name)"))
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("error: a session folder's name is its URL: use lowercase letters a–z and digits"), "\(check.output)")
    }

    @Test func theIdentifierRule() {
        for valid in ["afg", "AFG", "world-bank", "a1-b2", "2012-08-asset-recovery-6"] { #expect(Identifier.isValid(valid), "\(valid)") }
        for invalid in ["", "-", "--", "-rf", "a-", "a--b", "../x", "a/b", "a b", "a_b", "é", "ａ", String(repeating: "a", count: 101)] {
            #expect(!Identifier.isValid(invalid), "\(invalid)")
        }
        #expect(Identifier.key("AGO") == Identifier.key("ago"))
        #expect(!Identifier.isValidKey("AGO"), "session folders are their URLs: already lower-case")
    }

    // MARK: Two builds at once

    @Test func concurrentBuildsOfOneOutputLeaveAWholeSite() async throws {
        let content = try BuildSafetyTests.copyOfContent()
        let output = content.deletingLastPathComponent().appendingPathComponent("Public")
        let reference = try BuiltSite.build(content: content.path)
        let expected = Self.files(below: reference.folder)
        let results = await withTaskGroup(of: Int32.self, returning: [Int32].self) { group in
            for _ in 0..<3 {
                group.addTask {
                    (try? CommandRun.run(["build", "--content", content.path, "--theme", Repository.theme, "--output", output.path,
                                          "--no-cache", "--quiet"]).status) ?? -1
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == [0, 0, 0], "each build waits for the one before it")
        #expect(Self.files(below: output).subtracting([".rapporteur-output", ".rapporteur-manifest.json"]) == expected.subtracting([".rapporteur-output", ".rapporteur-manifest.json"]))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".Public.staging-") || $0.hasPrefix(".Public.previous-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aBuildWaitsForTheLockAndLeavesTheOtherBuildsStagingAlone() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let parent = content.deletingLastPathComponent()
        let output = parent.appendingPathComponent("Public")
        // Another build holds the lock and is writing its staging folder.
        let lockPath = parent.appendingPathComponent(".Public.lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        let staging = parent.appendingPathComponent(".Public.staging-other")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)

        var options = BuildOptions(contentPath: content.path, themePath: Repository.theme, outputPath: output.path)
        options.lockTimeout = 0.5
        let started = Date()
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            guard let failure = error as? BuildFailure else { return false }
            return failure.step == .write && failure.log.diagnostics.contains {
                $0.message.hasPrefix("another rapporteur build is writing this output (it holds \(lockPath)); waited 0 s")
            }
        }
        #expect(Date().timeIntervalSince(started) >= 0.5)
        #expect(FileManager.default.fileExists(atPath: staging.path), "the other build's staging folder is not a leftover")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        flock(descriptor, LOCK_UN)
        _ = try SiteBuilder(options: options).build()
        #expect(!FileManager.default.fileExists(atPath: staging.path), "with no build holding the lock, leftovers go")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    // MARK: YAML

    static let aliasBomb = """
        title:
          zh: 站
          en: Site
        a0: &a0 [x, x, x, x, x, x, x, x, x]
        a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
        a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
        a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
        a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
        a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
        a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
        ? *a6
        : boom

        """

    @Test func anAliasBombIsRefusedInASecondWithLittleMemory() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try Self.aliasBomb.write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        // Measured on the child process alone: a Python parent reports its children's peak memory.
        let script = """
            import resource, subprocess, sys, time
            start = time.monotonic()
            run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
            print(run.returncode, round(time.monotonic() - start, 3), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            print(run.stdout, end="")
            """
        let run = try CommandRun.run(["/usr/bin/env", "python3", "-c", script, CommandRun.executable.path, "check",
                                      "--content", content.path, "--theme", Repository.theme], executable: URL(fileURLWithPath: "/usr/bin/env"))
        let lines = run.output.split(separator: "\n")
        let figures = try #require(lines.first?.split(separator: " "))
        #expect(figures.first == "1", "\(run.output) \(run.errors)")
        let seconds = try #require(Double(figures[1])), kilobytes = try #require(Int(figures[2]))
        #expect(seconds < 1, "refused in \(seconds) s")
        #expect(kilobytes < 200 * 1024, "peak memory \(kilobytes) KiB")
        #expect(run.output.contains("site.yml:7:45: error: too many aliases (*name): 55 where at most 25 are read"), "\(run.output)")
    }

    @Test func keysThatAreNotTextAreNamedInWords() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try Self.edit("site.yml", in: content) { $0 + "? [a, b]\n: x\n{c: d}: y\n" }
        let check = try Self.check(content)
        let site = content.appendingPathComponent("site.yml").path
        #expect(check.output.contains("\(site):"), "\(check.output)")
        #expect(check.output.contains("error: a key must be text, like 'title'; this key is a list"))
        #expect(check.output.contains("error: a key must be text, like 'title'; this key is a mapping"))
        #expect(!check.output.contains("Yams") && !check.output.contains("Node."), "no Swift internals: \(check.output)")
    }

    @Test func aKeyGivenTwiceInTheFrontMatterIsReportedAtTheKeyInOneLine() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try BuildSafetyTests.replace("meeting: 6\n", with: "meeting: 6\nmeeting: 7\n", inReportOf: content)
        let report = HostileInputTests.reportURL(content)
        let line = try Self.position(of: "meeting: 6", in: report).line
        let check = try Self.check(content)
        #expect(check.output.hasPrefix("\(report.path):\(line):1: error: invalid YAML: a key is given twice in the same mapping: 'meeting' (the first is here)\n"),
                "\(check.output)")
        #expect(check.output.split(separator: "\n").count == 2, "one diagnostic, one line: \(check.output)")
    }

    @Test func aParagraphNumberTooLongForCommonMarkIsNamedAsSuch() throws {
        let content = try BuildSafetyTests.copyOfContentWithoutSource()
        try BuildSafetyTests.replace("\n48. ", with: "\n1000000000000000000. ", inReportOf: content)
        let check = try Self.check(content)
        #expect(check.output.contains("error: paragraph numbers have at most 9 digits; '1000000000000000000' has 19"), "\(check.output)")
    }

    // MARK: Paths, addresses, environment, terminal, spreadsheets

    @Test func theArchiveIsNeverWrittenIntoTheContentNorOverAnotherFile() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let parent = content.deletingLastPathComponent()
        let output = parent.appendingPathComponent("Public").path
        func build(archive: String) throws -> CommandRun {
            try CommandRun.run(["build", "--content", content.path, "--theme", Repository.theme, "--output", output, "--no-cache",
                                "--archive", archive])
        }
        let intoContent = try build(archive: content.appendingPathComponent("site.zip").path)
        #expect(intoContent.status == 2)
        #expect(intoContent.errors.contains("error: refusing to write the archive into"), "\(intoContent.errors)")
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("site.zip").path))

        let foreign = parent.appendingPathComponent("photos.zip")
        try Data("PK\u{5}\u{6}".utf8 + Data(count: 18)).write(to: foreign)
        let overForeign = try build(archive: foreign.path)
        #expect(overForeign.status == 2)
        #expect(overForeign.errors.contains("error: refusing to replace '\(foreign.path)': it is not a ZIP of a site that Rapporteur wrote"))
        #expect(try Data(contentsOf: foreign).count == 22, "left as it was")

        let ours = parent.appendingPathComponent("site.zip")
        #expect(try build(archive: ours.path).status == 0)
        #expect(try build(archive: ours.path).status == 0, "an earlier build's archive is replaced")
    }

    @Test func theHomeFolderFromTheEnvironmentIsNeverReplaced() throws {
        let home = try Repository.temporaryFolder()
        try Data("mine\n".utf8).write(to: home.appendingPathComponent("notes.txt"))
        try Data("".utf8).write(to: home.appendingPathComponent(".rapporteur-output"))
        let run = try CommandRun.run(["build", "--content", Repository.content, "--theme", Repository.theme, "--output", home.path],
                                     in: home.deletingLastPathComponent(), environment: ["HOME": home.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("refusing to write the site to"), "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("notes.txt").path))
    }

    @Test("a base address is an http(s) host and a plain path",
          arguments: [("https://example.org//evil.com/", false), ("https:///x", false), ("https://exa mple.org/", false),
                      ("https://example.org/a b/", false), ("javascript:alert(1)//", false), ("https://user@example.org/", false),
                      ("https://example.org/?q=1", false), ("https://example.org/a/../b/", false), ("ftp://example.org/", false),
                      ("https://example.org/records/", true), ("http://127.0.0.1:8000/", true), ("https://[::1]:8443/x/", true),
                      ("https://records.example.org", true)])
    func baseAddresses(_ address: String, _ valid: Bool) throws {
        #expect(BaseURL.isValid(address) == valid, "\(address)")
        guard !valid else { return }
        let content = try BuildSafetyTests.copyOfContent()
        try Self.edit("site.yml", in: content) { $0 + "base_url: \"\(address)\"\n" }
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("error: 'base_url' must be an absolute http(s) address"), "\(check.output)")
        let option = try CommandRun.run(["build", "--content", Repository.content, "--theme", Repository.theme,
                                         "--output", content.deletingLastPathComponent().appendingPathComponent("Public").path,
                                         "--base-url", address])
        #expect(option.status == 2)
        #expect(option.errors.contains("--base-url must be an absolute http(s) address"), "\(option.errors)")
    }

    @Test("a linked sessions or reference folder is not followed", arguments: ["sessions", "reference"])
    func linkedFolders(_ folder: String) throws {
        let content = try BuildSafetyTests.copyOfContent()
        let elsewhere = content.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: content.appendingPathComponent(folder), to: elsewhere)
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent(folder), withDestinationURL: elsewhere)
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(check.output.contains("\(folder):1:1: error: the \(folder) folder is a symbolic link"), "\(check.output)")
    }

    @Test func escapeSequencesFromContentNeverReachTheTerminalRaw() throws {
        let content = try BuildSafetyTests.copyOfContent()
        let hostile = "evil\u{1B}[2J\u{1B}]0;owned\u{07}\u{202E}"
        try FileManager.default.createDirectory(at: content.appendingPathComponent("sessions/\(hostile)"), withIntermediateDirectories: true)
        let check = try Self.check(content)
        #expect(check.status == 1)
        #expect(!check.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(check.output.debugDescription)")
        #expect(check.output.contains("evil\\u{1B}[2J\\u{1B}]0;owned\\u{7}\\u{202E}"), "\(check.output)")
    }

    @Test func aFormulaInAParticipantsNameIsTextInTheSpreadsheet() throws {
        let content = try BuildSafetyTests.copyOfContent()
        try Self.edit("reference/participants.yml", in: content) {
            $0.replacingOccurrences(of: "      en: Qatar\n", with: "      en: \"=HYPERLINK(\\\"https://evil.example\\\",\\\"Qatar\\\")\"\n")
        }
        let site = try BuiltSite.build(content: content.path)
        let csv = try String(contentsOf: site.folder.appendingPathComponent("data/attendance.csv"), encoding: .utf8)
        #expect(csv.contains(#","'=HYPERLINK(""https://evil.example"",""Qatar"")","#), "\(csv.split(separator: "\n").filter { $0.contains("QAT") })")
        #expect(!csv.split(separator: ",").contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
    }

    @Test func anInvalidSourceDateEpochIsAMisuse() throws {
        for value in ["yesterday", "-1", "1e9", "99999999999999"] {
            let run = try CommandRun.run(["build", "--content", Repository.content, "--theme", Repository.theme,
                                          "--output", try Repository.temporaryFolder().appendingPathComponent("Public").path],
                                         environment: ["SOURCE_DATE_EPOCH": value])
            #expect(run.status == 2, "\(value)")
            #expect(run.errors.contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC"), "\(value): \(run.errors)")
        }
    }

    @Test func aWriteFailureIsExitTwoWithAReadableMessage() throws {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let run = try CommandRun.run(["build", "--content", Repository.content, "--theme", Repository.theme,
                                      "--output", file.appendingPathComponent("Public").path])
        #expect(run.status == 2)
        #expect(run.errors.contains("Not a directory"), "\(run.errors)")
        #expect(!run.errors.contains("NSCocoaErrorDomain"))
        #expect(run.errors.contains("error: the build stopped in the write step; nothing was written."))
    }

    @Test func theWriterRefusesAnyPathOutsideItsFolder() {
        for path in ["../outside.html", "a/../../b", "/etc/passwd", "", "a//b", "./a", "a/./b", "a\\b", "a/\u{0}b"] {
            #expect(!OutputPathGuard.isInside(path), "\(path)")
        }
        for path in ["index.html", "participants/afg.html", "sessions/2012-08-asset-recovery-6/chapter-5.html", "a..b/c"] {
            #expect(OutputPathGuard.isInside(path), "\(path)")
        }
    }
}
