import Incremental
import Linking
import Model
import Parallelism
import Rendering

/// What a build takes from its cache and its previous output, each checked before it is trusted.
extension BuildRun {
    /// When nothing changed (the same inputs, and every file of the output intact), the site as it is.
    mutating func upToDateSite() -> SiteBuilder.RenderedSite? {
        guard let previous, let previousOutput, let cache, previous.shared == cache.sharedKey,
              previous.archive == options.archivePathInOutput, Set(previous.sessions.keys) == Set(slugs),
              slugs.allSatisfy({ previous.sessions[$0]?.content == sessionKeys[$0] }),
              !log.hasErrors, !(options.strict && log.warningCount > 0) else { return nil }
        let check = previousOutput.checkAll(previous.files.keys.sorted())
        outputFilesHashed += check.hashed
        guard check.intact else {
            trace("a file of the output differs from the manifest's record")
            return nil
        }
        trace("up to date")
        return SiteBuilder.RenderedSite(files: [], pages: 0, sessions: slugs.count, sessionsRendered: 0, log: log, offlineHomes: [],
                                        upToDate: true, outputFilesHashed: outputFilesHashed)
    }

    /// The outcomes the cache holds for sessions whose files did not change.
    mutating func takeCachedOutcomes() {
        guard let cache else { return }
        let keys = sessionKeys
        cachedOutcomes = Dictionary(uniqueKeysWithValues: slugs.parallelMap { slug in (slug, keys[slug].flatMap { cache.outcome(slug, key: $0) }) }
            .compactMap { slug, outcome in outcome.map { (slug, $0) } })
        trace("keys and cache: \(cachedOutcomes.count) of \(slugs.count) sessions cached")
    }


    /// The sessions whose pages the previous output holds, made from the same keys and intact, are taken
    /// from there; the others are returned, to build.
    mutating func reuseUnchangedSessions(views viewKeys: SessionViewKeys) throws(BuildFailure) -> [String] {
        var toBuild: [String] = []
        for session in sessions {
            let slug = session.slug
            guard let outcome = cachedOutcomes[slug], let key = sessionKeys[slug], let previous, let previousOutput,
                  previous.shared == cache?.sharedKey, case let view = viewKeys.key(outcome),
                  previous.sessions[slug] == BuildManifest.SessionKeys(content: key, view: view) else {
                toBuild.append(slug)
                continue
            }
            let check = previousOutput.checkAll(outcome.pages)
            outputFilesHashed += check.hashed
            guard check.intact else {
                toBuild.append(slug)
                continue
            }
            outcomes[slug] = outcome
            views[slug] = view
            for page in outcome.pages {
                do {
                    try output.add(.reuse(path: page, source: "\(options.outputPath)/\(page)"), fingerprint: previous.pages[page])
                } catch {
                    throw fail(.write, error)
                }
            }
        }
        return toBuild
    }
}

/// What a session's pages show of other sessions (`SessionView`): a key per session for the manifest.
struct SessionViewKeys {
    let siteMap: SiteMap
    let sessionsBySymbol: [String: String]

    init(siteMap: SiteMap) {
        self.siteMap = siteMap
        sessionsBySymbol = ReferenceLinks(sessions: siteMap.sessions).sessionsBySymbol
    }

    func key(_ outcome: SessionOutcome) -> String {
        SessionView.key(linkedSessions: outcome.linkedSessions,
                        citedSymbols: outcome.mentions.compactMap { mention in
                            if case .document(let symbol) = mention.target { return symbol } else { return nil }
                        },
                        siteMap: siteMap, sessionsBySymbol: sessionsBySymbol)
    }
}
