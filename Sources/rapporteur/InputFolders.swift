import ArgumentParser
import Diagnostics
import Foundation
import Loading
import Model

/// A missing content or theme folder is a misuse of the command (exit 2), not an error in the content.
enum InputFolders {
    static func require(content: String, theme: String) throws {
        for (name, path) in [("content", content), ("theme", theme)] {
            try requireFolder(path, name: name)
        }
    }

    /// The folder of the session `slug` in `content` (`import`, `new session`), after checking that the
    /// slug is one the build accepts and that the content folder exists.
    static func sessionFolder(slug: String, content: String) throws -> String {
        guard ContentLoader.isValidSlug(slug) else {
            throw Misuse.report("a session's folder name is its URL: use \(Identifier.rule) ('\(DiagnosticText.visible(slug))')", at: content, rule: .identifierInvalid)
        }
        try requireFolder(content, name: "content")
        return "\(content)/sessions/\(slug)"
    }

    private static func requireFolder(_ path: String, name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Misuse.report("the \(name) folder does not exist", at: path, rule: .folderMissing)
        }
    }
}

/// A misuse of a command: printed as a diagnostic at the path concerned, exit status 2.
enum Misuse {
    static func report(_ message: String, at path: String, rule: DiagnosticRule) -> ExitCode {
        FileHandle.standardError.write(Data("\(Diagnostic.error(message, at: SourceLocation(path: path), rule: rule))\n".utf8))
        return ExitCode(ExitStatus.usage)
    }
}
