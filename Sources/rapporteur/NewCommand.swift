import ArgumentParser
import Diagnostics
import Foundation
import Importing
import Loading

/// `rapporteur new session <slug>`: starts a session folder from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start new content from a template.",
        subcommands: [NewSessionCommand.self]
    )
}

struct NewSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Create sessions/<slug>/report.md with the front matter to fill in and a skeleton of the body.",
        discussion: "Never overwrites. Exit status: 0 created, 2 usage (a bad slug, a missing content folder, the session exists)."
    )

    @Argument(help: "The session's folder name, its URL: lowercase letters a–z and digits in words joined by single hyphens (2013-08-asset-recovery-7).")
    var slug: String

    @Option(help: "The content folder.")
    var content = "Content"

    func run() throws {
        let folder = try InputFolders.sessionFolder(slug: slug, content: content)
        let report = "\(folder)/report.md"
        guard !FileManager.default.fileExists(atPath: folder) else {
            throw Misuse.report("the session '\(slug)' exists already; nothing was changed", at: folder, rule: .outputRefused)
        }
        do {
            try FileManager.default.createDirectory(atPath: "\(content)/sessions", withIntermediateDirectories: true)
            // Not `withIntermediateDirectories`: creating the folder fails if it appeared meanwhile.
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data(NewSessionReport.markdown().utf8).write(to: URL(fileURLWithPath: report), options: .withoutOverwriting)
        } catch {
            throw Misuse.report("cannot create the session: \(error.localizedDescription)", at: folder, rule: .outputWriteFailed)
        }
        let contentOption = content == "Content" ? "" : " --content \(content)"
        Console.line("""
        Created \(report).
        Next:
          1. fill in the empty values of its front matter (a comment on each line says what it is);
          2. replace the bracketed placeholders 〔…〕 of the body with the report's text, keeping the paragraph numbers;
          3. run 'rapporteur check\(contentOption)' until it is clean, and 'rapporteur serve\(contentOption)' to see the site.
        Starting from the text of the report's PDF instead? Remove the folder and run \
        'rapporteur import REPORT.txt --session \(slug)\(contentOption)'.
        """)
    }
}
