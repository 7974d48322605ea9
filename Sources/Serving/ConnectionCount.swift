/// The connections open at once, at most `limit`.
actor ConnectionCount {
    let limit: Int
    private var open = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Counts one more connection, unless there are already `limit`.
    func enter() -> Bool {
        guard open < limit else { return false }
        open += 1
        return true
    }

    func leave() {
        open -= 1
    }
}
