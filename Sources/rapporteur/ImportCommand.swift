import ArgumentParser
import Diagnostics
import Foundation
import Importing
import Loading

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn the text extracted from a report's PDF into a session's report.md (and work-plan.md).",
        discussion: """
        Prints the places where it had to guess, each with its line in the output and in the source. \
        It copies the text into the session's folder as source.txt, which the build checks the Markdown against. \
        Exit status: 0 imported, 1 problems in the source block the import (nothing is written), \
        2 usage or I/O failure.
        """
    )

    @Argument(help: "The report's text, extracted from its PDF (UTF-8).")
    var source: String

    @Option(help: "The session's folder name under sessions/ (lowercase letters a–z and digits in words joined by single hyphens).")
    var session: String

    @Option(help: "The content folder.")
    var content = "Content"

    @Flag(help: "Replace the session's report.md, work-plan.md and source.txt if they exist.")
    var force = false

    func run() throws {
        let folder = try InputFolders.sessionFolder(slug: session, content: content)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: source))
        } catch {
            throw Misuse.report("cannot read the file: \(error.localizedDescription)", at: source, rule: .fileUnreadable)
        }
        let text: String
        do {
            text = try TextFile.decode(data, path: source).text
        } catch {
            DiagnosticPrinter.print(DiagnosticLog([error]))
            throw ExitCode(ExitStatus.contentErrors)
        }

        let paths = [OutputFile.report: "\(folder)/\(OutputFile.report.rawValue)",
                     OutputFile.workPlan: "\(folder)/\(OutputFile.workPlan.rawValue)"]
        let sourceCopy = "\(folder)/\(OutputFile.sourceFileName)"
        let copiesSource = !Self.isSameFile(source, sourceCopy)
        let existing = (OutputFile.allCases.compactMap { paths[$0] } + (copiesSource ? [sourceCopy] : []))
            .filter { FileManager.default.fileExists(atPath: $0) }
        if !force, let first = existing.first {
            throw Misuse.report("refusing to overwrite the session's files (\(existing.joined(separator: ", "))); use --force to replace them", at: first, rule: .outputRefused)
        }

        let outcome = ReportImporter(sourcePath: source).run(text)
        guard !outcome.isBlocked, let report = outcome.report else {
            DiagnosticPrinter.print(outcome.problems)
            FileHandle.standardError.write(Data("error: the import stopped at these problems in the source; nothing was written.\n".utf8))
            throw ExitCode(ExitStatus.contentErrors)
        }
        var written = try write(report: report, workPlan: outcome.workPlan, folder: folder, paths: paths)
        if copiesSource {
            // The evidence that the Markdown is the record: the extracted text, byte for byte as given.
            do {
                try data.write(to: URL(fileURLWithPath: sourceCopy), options: .atomic)
            } catch {
                throw Misuse.report("cannot write the session's source text: \(error.localizedDescription)", at: sourceCopy, rule: .outputWriteFailed)
            }
            written.append(sourceCopy)
        }
        printReview(outcome, paths: paths, written: written)
    }

    /// Writes the files (each replaced in one step) and removes a work plan left from an earlier import
    /// when the text holds none.
    private func write(report: String, workPlan: String?, folder: String, paths: [OutputFile: String]) throws -> [String] {
        let files = [(OutputFile.report, report), (OutputFile.workPlan, workPlan)]
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for case let (file, text?) in files {
                guard let path = paths[file] else { continue }
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                written.append(path)
            }
            if workPlan == nil, let stale = paths[.workPlan], FileManager.default.fileExists(atPath: stale) {
                try FileManager.default.removeItem(atPath: stale)
                print("Removed \(stale): the text holds no work plan.")
            }
        } catch {
            throw Misuse.report("cannot write the session's files: \(error.localizedDescription)", at: folder, rule: .outputWriteFailed)
        }
        return written
    }

    /// Whether two paths name the same file (importing a session's own `source.txt` again).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        let resolved = [first, second].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolved[0] == resolved[1]
    }

    /// The review list on standard output, one `path:line:1: warning: message (source:line)` a place, then
    /// a summary.
    private func printReview(_ outcome: ImportOutcome, paths: [OutputFile: String], written: [String]) {
        var lines = outcome.review.map { item in
            Diagnostic.warning("\(item.message) (\(source):\(item.sourceLine))",
                               at: SourceLocation(path: paths[item.file] ?? item.file.rawValue, line: item.outputLine), rule: .importReview).description
        }
        let summary = outcome.summary
        let plan = summary.workPlanItems.map { ", a work plan of \($0) items" } ?? ""
        lines.append("Imported \(source): \(summary.chapters) chapters, \(summary.sections) sections, \(summary.paragraphs) paragraphs\(plan); "
                     + "\(summary.rejoinedLines) broken lines rejoined, \(summary.furnitureLines) lines of page furniture removed.")
        let files = written.count > 1 ? written.dropLast().joined(separator: ", ") + " and " + (written.last ?? "") : written.joined()
        lines.append("Wrote \(files). Review the \(outcome.review.count) places above, then run 'rapporteur check'.")
        print(lines.joined(separator: "\n"))
    }
}
