import ArgumentParser
import Foundation
import Pipeline

/// What `build` and `serve` print about a build: its warnings and a summary line, or its diagnostics and
/// the step it stopped in.
enum BuildReport {
    static func succeeded(_ result: BuildResult, output: String, quiet: Bool) {
        DiagnosticPrinter.print(result.log)
        if !quiet {
            let milliseconds = Int((result.seconds * 1000).rounded())
            if result.upToDate {
                Console.line("\(output)/ is up to date (\(result.sessions) session(s)); checked in \(milliseconds) ms.")
            } else {
                let fromCache = result.sessions - result.sessionsRendered
                let cached = fromCache > 0 ? " (\(fromCache) taken from the cache)" : ""
                Console.line("Built \(result.sessions) session(s)\(cached): \(result.pagesWritten) pages, \(result.filesWritten) files in \(output)/ in \(milliseconds) ms.")
            }
        }
    }

    /// Prints the failure with `consequence` ("nothing was written") and returns the exit status: 2 when
    /// the output could not be written, 1 for errors in the content or theme.
    @discardableResult
    static func failed(_ failure: BuildFailure, consequence: String) -> ExitCode {
        DiagnosticPrinter.print(failure.log)
        FileHandle.standardError.write(Data("error: the build stopped in the \(failure.step.rawValue) step; \(consequence).\n".utf8))
        return ExitCode(failure.step == .write ? ExitStatus.usage : ExitStatus.contentErrors)
    }
}

/// Standard output, a line at a time and flushed at once, so that a program reading it (a test, an
/// editor) sees each line as soon as it is printed.
enum Console {
    static func line(_ text: String) {
        print(text)
        fflush(nil)
    }
}
