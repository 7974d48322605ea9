import Diagnostics
import Foundation

/// Validates AKN files against an XML Schema with libxml2's `xmllint --schema` (Debian `libxml2-utils`):
/// the files are written to a temporary folder, checked in one run, and each complaint becomes a
/// diagnostic at the file's path in the site and xmllint's line (`sessions/…/report.akn.xml:12:1: error: …`).
public struct AKNSchemaValidator: Sendable {
    /// The schema file (`akomantoso30.xsd`, with the `xml.xsd` it imports beside it).
    public let schemaPath: String
    /// The xmllint to run: a path, or a name looked up in `PATH`.
    public let xmllint: String

    public init(schemaPath: String, xmllint: String = "xmllint") {
        self.schemaPath = schemaPath
        self.xmllint = xmllint
    }

    /// Validates each file (`path` in the site, its bytes). A missing schema or xmllint is one error.
    public func validate(_ files: [(path: String, contents: Data)]) -> DiagnosticLog {
        var log = DiagnosticLog()
        guard FileManager.default.fileExists(atPath: schemaPath) else {
            log.error("the Akoma Ntoso schema '\(schemaPath)' does not exist", at: SourceLocation(path: schemaPath), rule: .aknValidatorUnavailable)
            return log
        }
        guard !files.isEmpty else { return log }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapporteur-akn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var virtualPaths: [String: String] = [:]
        var arguments = ["--noout", "--nonet", "--schema", schemaPath]
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (index, file) in files.enumerated() {
                let url = folder.appendingPathComponent("\(index).akn.xml")
                try file.contents.write(to: url)
                virtualPaths[url.path] = file.path
                arguments.append(url.path)
            }
        } catch {
            log.error("could not write the AKN files to validate them: \(error.localizedDescription)", at: SourceLocation(path: schemaPath), rule: .aknValidatorUnavailable)
            return log
        }
        guard let output = run(arguments) else {
            log.error("xmllint is needed to validate against the Akoma Ntoso schema (Debian package libxml2-utils; Scripts/install-dependencies installs it)",
                      at: SourceLocation(path: schemaPath), rule: .aknValidatorUnavailable)
            return log
        }
        for diagnostic in XMLLintOutput.diagnostics(output, paths: virtualPaths) { log.append(diagnostic) }
        if output.status != 0 && !log.hasErrors {
            log.error("xmllint failed (exit status \(output.status)): \(output.text)", at: SourceLocation(path: schemaPath), rule: .aknValidatorUnavailable)
        }
        return log
    }

    /// Runs xmllint; nil when it cannot be started.
    private func run(_ arguments: [String]) -> (status: Int32, text: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [xmllint] + arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env exits 127 when it cannot find the program.
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// xmllint's complaints, `FILE:LINE: element x: Schemas validity error : Element '…': …`, as diagnostics.
enum XMLLintOutput {
    static func diagnostics(_ output: (status: Int32, text: String), paths: [String: String]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for line in output.text.split(separator: "\n").map(String.init) {
            guard let file = paths.keys.sorted(by: { $0.count > $1.count }).first(where: { line.hasPrefix($0 + ":") }),
                  let virtual = paths[file] else { continue }
            let rest = line.dropFirst(file.count + 1)
            let number = rest.prefix { $0.isNumber }
            guard let lineNumber = Int(number) else { continue }
            var message = String(rest.dropFirst(number.count))
            if message.hasPrefix(":") { message.removeFirst() }
            result.append(.error(message.trimmingCharacters(in: .whitespaces), at: SourceLocation(path: virtual, line: lineNumber, column: 1), rule: .aknInvalid))
        }
        return result
    }
}
