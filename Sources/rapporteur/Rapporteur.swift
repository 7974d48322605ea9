import ArgumentParser
import Foundation

/// `rapporteur`: publishes UN meeting records as a static site.
@main
struct Rapporteur: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapporteur",
        abstract: "Publish UN meeting records as a cross-linked static site.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ImportCommand.self, NewCommand.self]
    )

    /// Exit codes: 0 success, 1 the content has errors, 2 the command was misused or I/O failed.
    static func main() async {
        // Ctrl-C and `kill` stop a build at once, even when the parent ignores them: the output is only
        // ever replaced in one atomic step, and the next build removes what a stopped one left behind.
        // (`serve` catches them to stop serving cleanly.)
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for stopSignal in [SIGINT, SIGTERM] {
            signal(stopSignal, SIG_DFL)
            sigaddset(&stopSignals, stopSignal)
        }
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

enum ExitStatus {
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}
