import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `rapporteur serve` running in the background for a test, its output going to files; `stop()` ends it.
final class ServeProcess {
    let process = Process()
    private let streams: URL
    private let output: FileHandle
    private let errors: FileHandle

    init(_ arguments: [String], in directory: URL) throws {
        streams = try Repository.temporaryFolder()
        _ = FileManager.default.createFile(atPath: streams.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: streams.appendingPathComponent("stderr").path, contents: nil)
        output = try FileHandle(forWritingTo: streams.appendingPathComponent("stdout"))
        errors = try FileHandle(forWritingTo: streams.appendingPathComponent("stderr"))
        process.executableURL = CommandRun.executable
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    var printed: String { text("stdout") }
    var printedErrors: String { text("stderr") }

    private func text(_ name: String) -> String {
        (try? String(contentsOf: streams.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The address printed on the line `Serving http://127.0.0.1:PORT/`, once it is printed. The output is
    /// read once more after the time is up, in case this test was kept waiting for a thread meanwhile.
    func address(within seconds: Double = 120) async throws -> URL {
        func served() -> URL? {
            printed.firstMatch(of: /Serving (http:\/\/127\.0\.0\.1:[0-9]+\/)\n/).flatMap { URL(string: String($0.output.1)) }
        }
        let deadline = Date().addingTimeInterval(seconds)
        while served() == nil, Date() < deadline, process.isRunning {
            try await Task.sleep(for: .milliseconds(100))
        }
        guard let url = served() else {
            throw ServeTestError("no 'Serving http://127.0.0.1:PORT/' line; stdout: \(printed) stderr: \(printedErrors)")
        }
        return url
    }

    /// Sends Ctrl-C (SIGINT) and returns the exit status.
    func interrupt() async throws -> Int32 {
        process.interrupt()
        return try await exitStatus()
    }

    /// Waits (bounded) for the process to end by itself and returns its exit status.
    func exitStatus(within seconds: Double = 30) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        guard !process.isRunning else { throw ServeTestError("the server did not stop within \(seconds) s") }
        return process.terminationStatus
    }

    /// Ends the process if it still runs, and removes its output files.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? output.close()
        try? errors.close()
        try? FileManager.default.removeItem(at: streams)
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A GET over HTTP on 127.0.0.1; nothing cached.
enum LoopbackHTTP {
    static func get(_ url: URL, timeout: Double = 20) async throws -> (status: Int, body: String) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.connectionProxyDictionary = [:]
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        let (data, response) = try await session.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
