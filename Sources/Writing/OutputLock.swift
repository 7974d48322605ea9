import Diagnostics
import Foundation

/// An advisory lock on an output folder, held by a build from before it looks at the output until its
/// site is in place (a lock file beside the output, `.<name>.lock`, locked with `flock`). A second build
/// of the same output — another `rapporteur build`, or `serve` rebuilding — waits for it, and after
/// `timeout` gives up with a diagnostic, leaving the first build's staging folder alone. The kernel
/// releases the lock when the holder exits, however it exits, so a killed build never blocks the next.
public final class OutputLock: Sendable {
    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The lock file of `outputPath`: beside it, so that the output folder itself can be swapped.
    public static func lockPath(forOutput outputPath: String) -> String {
        let output = SiteWriter.canonical(outputPath)
        let parent = (output as NSString).deletingLastPathComponent
        return "\(parent)/.\((output as NSString).lastPathComponent).lock"
    }

    /// Takes the lock of `outputPath`, waiting up to `timeout` seconds for a build that holds it.
    public static func acquire(forOutput outputPath: String, timeout: TimeInterval) throws(Diagnostic) -> OutputLock {
        let path = lockPath(forOutput: outputPath)
        let here = SourceLocation(path: outputPath)
        // The folder the output goes in, as the staging folder beside the output needs it anyway.
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw .error("cannot lock the output: \(String(cString: strerror(errno))) (\(path))", at: here, rule: .outputWriteFailed)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let busy = errno == EWOULDBLOCK
                close(descriptor)
                if busy {
                    throw .error("another rapporteur build is writing this output (it holds \(path)); waited \(Int(timeout)) s. "
                                 + "Run the build again when that one has finished", at: here, rule: .outputLocked)
                }
                throw .error("cannot lock the output: \(String(cString: strerror(errno))) (\(path))", at: here, rule: .outputWriteFailed)
            }
            usleep(50_000)
        }
        return OutputLock(descriptor: descriptor, path: path)
    }
}
