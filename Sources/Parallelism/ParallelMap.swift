import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element on all the machine's cores, the results in the elements' order.
    /// Each call runs on one thread from start to end, so what it creates inside (a parsed document)
    /// never crosses threads.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let items = self
        let results = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { position in
            let result = transform(items[position])
            results.withLock { $0[position] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
