import ArgumentParser
import Foundation

/// A missing content or theme folder is a misuse of the command (exit 2), not an error in the content.
enum InputFolders {
    static func require(content: String, theme: String) throws {
        for (name, path) in [("content", content), ("theme", theme)] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                FileHandle.standardError.write(Data("\(path):1:1: error: the \(name) folder does not exist\n".utf8))
                throw ExitCode(ExitStatus.usage)
            }
        }
    }
}
