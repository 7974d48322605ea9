import Diagnostics
import Incremental
import Linking
import Model
import Rendering
import Writing

/// The last steps: the pages across sessions in every interface version (link and render), the theme's
/// assets, and what the manifest will record.
extension BuildRun {
    /// The link and render steps across sessions: the indexes, the glossary, search, data files and the
    /// home page, from the sessions' outcomes; and the archive's own home pages.
    mutating func renderSitePages(siteMap: SiteMap, renderers: [SiteRenderer]) throws(BuildFailure) {
        let ordered = sessions.compactMap { outcomes[$0.slug] }
        let index = ReferenceIndex(mentions: ordered.flatMap(\.mentions), sessionOrder: sessions.map(\.slug))
        let otherFolders = renderers.dropFirst().map(\.version.folder)
        let primaryPages = ordered.flatMap(\.pages).filter { page in !otherFolders.contains { page.hasPrefix($0) } }
        var pages: [OutputFile] = []
        do {
            for renderer in renderers {
                let language = renderer.version.language.rawValue
                pages += try renderer.renderSitePages(
                    siteMap: siteMap, references: references, index: index, attendance: ordered.flatMap(\.attendance),
                    glossaryOccurrences: ordered.flatMap(\.glossaryOccurrences),
                    searchDocuments: outcomes.mapValues { $0.searchDocuments[language] ?? [] },
                    sessionPages: primaryPages.map(SitePath.init), deliver: output.written)
            }
            if options.archivePath != nil { offlineHomes = try archiveHomes(siteMap: siteMap, publishing: renderers[0].publishing) }
        } catch {
            log.merge(error.log)
            throw BuildFailure(step: error.isWriteFailure ? .write : .render, log: log)
        }
        trace("rendered the pages across sessions")
        pages.forEach { output.collect($0) }
    }

    /// The archive's home pages, which do not offer the archive they are in.
    private func archiveHomes(siteMap: SiteMap, publishing: Publishing) throws(DiagnosticsError) -> [SiteWriter.Entry] {
        let offline = SiteRenderer(theme: theme, site: site, buildDate: options.buildDate, publishing: Publishing(baseURL: publishing.baseURL))
        var homes: [SiteWriter.Entry] = []
        for version in offline.versions {
            let home = try offline.rendering(version).homePage(siteMap).placed(in: version)
            homes.append(.data(path: home.path.value, contents: home.contents))
        }
        return homes
    }

    /// The write step's part here: the theme's assets, in every interface version.
    mutating func copyAssets(versions: [InterfaceVersion]) throws(BuildFailure) {
        for version in versions {
            for (name, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
                do {
                    try output.add(.copy(path: version.place(URLScheme.asset(name)).value, source: source))
                } catch {
                    throw fail(.write, error)
                }
            }
        }
    }

    /// The rendered site, with the manifest to write once every file is in place.
    func finished() -> SiteBuilder.RenderedSite {
        let manifest = cache.map { cache in
            BuildManifest(shared: cache.sharedKey, archive: options.archivePathInOutput,
                          sessions: Dictionary(uniqueKeysWithValues: sessions.compactMap { session in
                              sessionKeys[session.slug].map { (session.slug, BuildManifest.SessionKeys(content: $0, view: views[session.slug] ?? "")) }
                          }),
                          pages: output.fingerprints)
        }
        var rendered = SiteBuilder.RenderedSite(
            files: output.entries, pages: output.fingerprints.keys.filter { $0.hasSuffix(".html") }.count, sessions: sessions.count,
            sessionsRendered: sessionsRendered, log: log, offlineHomes: offlineHomes, upToDate: false,
            outputFilesHashed: outputFilesHashed, manifest: manifest, previousRecords: previousOutput?.recordsAsChecked ?? [:])
        rendered.documentsParsed = documentsParsed
        return rendered
    }

    /// The renderer of each interface version, the first the site's own; pages unchanged since the
    /// previous output (same fingerprint, intact) are taken from there.
    func renderers() -> [SiteRenderer] {
        let publishing = Publishing(baseURL: options.baseURL ?? site.baseURL, archiveName: options.archivePathInOutput)
        var renderer = SiteRenderer(theme: theme, site: site, buildDate: options.buildDate, publishing: publishing)
        if let previous, let previousOutput, previous.shared == cache?.sharedKey {
            renderer.previousPages = PreviousPages(fingerprints: previous.pages, output: previousOutput)
        }
        return [renderer] + renderer.versions.dropFirst().map { renderer.rendering($0) }
    }
}
