import Diagnostics
import Linking
import Loading
import Model
import Parallelism
import Rendering

/// The steps for the sessions: read and parse those not in the cache (load), then analyse, link and
/// render each on all cores, every interface version from one parse.
extension BuildRun {
    /// The load step for the sessions: each one not in the cache read and parsed once, for the site map;
    /// those in the cache taken from it with the diagnostics they had.
    mutating func readSessions(with builder: SessionBuilder) throws(BuildFailure) {
        let toRead = slugs.filter { cachedOutcomes[$0] == nil }
        let files = sessionFiles
        reads = Dictionary(uniqueKeysWithValues: zip(toRead, toRead.parallelMap { builder.read($0, files: files[$0]) }))
        for slug in toRead {
            guard let read = reads[slug] else { continue }
            log.merge(read.log)
            loadDiagnostics[slug] = read.log.diagnostics
            documentsParsed += read.documentsParsed
            if let session = read.session { sessions.append(session) }
        }
        for slug in slugs {
            guard let outcome = cachedOutcomes[slug] else { continue }
            log.merge(DiagnosticLog(outcome.loadDiagnostics))
            loadDiagnostics[slug] = outcome.loadDiagnostics
            sessions.append(outcome.session)
        }
        sessions.sort(by: ContentLoader.precedes)
        try stopOnErrors(.load)
        trace("read \(toRead.count) sessions")
    }

    /// The analyse, link and render steps for `slugs`: each session's pages, written as they are made.
    /// A failure names the latest step any session failed in.
    mutating func buildSessions(_ slugs: [String], with builder: SessionBuilder, siteMap: SiteMap,
                                renderers: [SiteRenderer], views viewKeys: SessionViewKeys) throws(BuildFailure) {
        let jobs = slugs.map { (slug: $0, read: reads[$0], diagnostics: loadDiagnostics[$0] ?? []) }
        let output = output
        let built = jobs.parallelMap { job -> SessionBuilder.Result in
            let result = builder.build(job.slug, read: job.read, loadDiagnostics: job.diagnostics, siteMap: siteMap, renderers: renderers)
            guard case .built(let outcome, let files, let parsed) = result else { return result }
            switch files.lazy.map(output.written).collectSuccesses() {
            case .success(let delivered): return .built(outcome, delivered, documentsParsed: parsed)
            case .failure(let error): return .failed(.write, error.log)
            }
        }
        var failedStep: BuildStep?
        for (slug, result) in zip(slugs, built) {
            switch result {
            case .built(let outcome, let files, let parsed):
                documentsParsed += parsed
                outcomes[slug] = outcome
                views[slug] = viewKeys.key(outcome)
                files.forEach { self.output.collect($0) }
                if let key = sessionKeys[slug], cachedOutcomes[slug] == nil { cache?.store(outcome, slug: slug, key: key) }
            case .failed(let step, let failure):
                log.merge(failure)
                failedStep = [failedStep ?? step, step].max { $0.order < $1.order }
            }
        }
        if let failedStep { throw BuildFailure(step: failedStep, log: log) }
        sessionsRendered = slugs.count
        for outcome in sessions.compactMap({ outcomes[$0.slug] }) { log.merge(DiagnosticLog(outcome.buildDiagnostics)) }
        try stopOnErrors(.analyse)
        cache?.removeStaleEntries()
        trace("rendered \(slugs.count) sessions")
    }
}

extension Sequence {
    /// Every success in order, or the first failure (a lazy sequence stops there).
    func collectSuccesses<Success, Failure: Error>() -> Result<[Success], Failure> where Element == Result<Success, Failure> {
        var successes: [Success] = []
        for result in self {
            switch result {
            case .success(let value): successes.append(value)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(successes)
    }
}
