/// Runs an operation for at most a given time.
enum TimeLimit {
    /// The operation's result, or nil when `limit` passed first: the operation is then cancelled (the
    /// socket waits of FlyingSocks end on cancellation) and awaited.
    static func run<Value: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> Value) async throws -> Value? {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
