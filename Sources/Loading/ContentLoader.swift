import Diagnostics
import Markdown
import Model

/// The first stage: reads `Content/` into the model.
///
/// Layout: `site.yml`; `sessions/<slug>/report.md` (front matter and body), and optionally
/// `sessions/<slug>/work-plan.md`.
public struct ContentLoader: Sendable {
    public let contentPath: String
    public var fileSystem: FileSystem

    public init(contentPath: String, fileSystem: FileSystem = .disk) {
        self.contentPath = contentPath.hasSuffix("/") ? String(contentPath.dropLast()) : contentPath
        self.fileSystem = fileSystem
    }

    public func load(log: inout DiagnosticLog) -> LoadedContent? {
        guard let shared = loadSharedContent(log: &log) else { return nil }
        var sessions: [LoadedSession] = []
        for slug in sessionSlugs(log: &log) {
            if let session = loadSession(slug: slug, site: shared.site, log: &log) { sessions.append(session) }
        }
        sessions.sort { Self.precedes($0.session, $1.session) }
        var content = LoadedContent(site: shared.site, sessions: sessions, convention: shared.references.convention,
                                    participants: shared.references.participants,
                                    attendanceCategories: shared.references.attendanceCategories)
        content.glossary = shared.references.glossary
        return content
    }

    /// The order of sessions everywhere: newest first, then by slug.
    public static func precedes(_ lhs: Session, _ rhs: Session) -> Bool {
        let left = lhs.metadata.startDate
        let right = rhs.metadata.startDate
        return left != right ? left > right : lhs.slug < rhs.slug
    }

    /// What every session shares: the site's configuration and the reference data. Nil when the content
    /// folder or `site.yml` cannot be read.
    public func loadSharedContent(log: inout DiagnosticLog) -> (site: SiteConfiguration, references: ReferenceData)? {
        guard fileSystem.isDirectory(contentPath) else {
            log.error("the content folder does not exist", at: SourceLocation(path: contentPath), rule: .folderMissing)
            return nil
        }
        guard let siteFile = readText(sitePath, log: &log),
              let site = SiteConfigurationReader.read(siteFile, log: &log) else { return nil }
        var references = ReferenceData()
        let referenceFolder = "\(contentPath)/reference"
        if fileSystem.isSymbolicLink(referenceFolder) {
            log.error("the reference folder is a symbolic link; the build does not follow links: make it a folder",
                      at: SourceLocation(path: referenceFolder), rule: .symbolicLink)
            return (site, references)
        }
        if fileSystem.fileExists(articlesPath), let file = readText(articlesPath, log: &log) {
            references.convention = ConventionRegistryReader.read(file, log: &log)
        }
        if fileSystem.fileExists(participantsPath), let file = readText(participantsPath, log: &log) {
            references.participants = ParticipantRegistryReader.read(file, log: &log)
        }
        if fileSystem.fileExists(categoriesPath), let file = readText(categoriesPath, log: &log) {
            references.attendanceCategories = ParticipantRegistryReader.readCategories(file, log: &log)
        }
        if fileSystem.fileExists(glossaryPath), let file = readText(glossaryPath, log: &log) {
            let lastArticle = references.convention.lastArticle > 0 ? references.convention.lastArticle : 71
            references.glossary = GlossaryReader.read(file, lastArticle: lastArticle, log: &log)
        }
        return (site, references)
    }

    public var sitePath: String { "\(contentPath)/site.yml" }
    public var sessionsPath: String { "\(contentPath)/sessions" }
    var articlesPath: String { "\(contentPath)/reference/articles.yml" }
    var participantsPath: String { "\(contentPath)/reference/participants.yml" }
    var categoriesPath: String { "\(contentPath)/reference/attendance-categories.yml" }
    var glossaryPath: String { "\(contentPath)/glossary.yml" }

    /// The files every page may depend on besides a session's own: the site's configuration and the
    /// reference data (those that exist).
    public var sharedFiles: [String] {
        [sitePath, articlesPath, participantsPath, categoriesPath, glossaryPath].filter(fileSystem.fileExists)
    }

    /// The files of one session folder that the build may read: every visible file in it (the report, the
    /// work plan and the source text, whatever `source:` names it), sorted.
    public func sessionFiles(_ slug: String) -> [String] {
        let folder = "\(sessionsPath)/\(slug)"
        let names = (try? fileSystem.contentsOfDirectory(folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
            .filter { !fileSystem.isDirectory($0) && fileSystem.fileExists($0) }
    }

    /// The session folders, by name, sorted.
    public func sessionSlugs(log: inout DiagnosticLog) -> [String] {
        sessionFolders(sessionsPath, log: &log)
    }

    /// Reads and parses one session folder.
    public func loadSession(slug: String, site: SiteConfiguration, log: inout DiagnosticLog) -> LoadedSession? {
        loadSession(slug: slug, folder: "\(sessionsPath)/\(slug)", options: MarkdownOptions(allowsRawHTML: site.allowsRawHTML), log: &log)
    }

    private func sessionFolders(_ path: String, log: inout DiagnosticLog) -> [String] {
        guard !fileSystem.isSymbolicLink(path) else {
            log.error("the sessions folder is a symbolic link; the build does not follow links: make it a folder", at: SourceLocation(path: path), rule: .symbolicLink)
            return []
        }
        guard fileSystem.isDirectory(path) else {
            log.warning("there is no sessions folder; the site will have no sessions", at: SourceLocation(path: path), rule: .folderMissing)
            return []
        }
        let names: [String]
        do {
            names = try fileSystem.contentsOfDirectory(path)
        } catch {
            log.error("cannot list the folder: \(error.localizedDescription)", at: SourceLocation(path: path), rule: .fileUnreadable)
            return []
        }
        var folders: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let folder = "\(path)/\(name)"
            if fileSystem.isSymbolicLink(folder) {
                log.warning("'\(name)' is a symbolic link; the build does not follow links, so it is left out", at: SourceLocation(path: folder), rule: .symbolicLink)
            } else if fileSystem.isDirectory(folder) {
                folders.append(name)
            }
        }
        return folders
    }

    func loadSession(slug: String, folder: String, options: MarkdownOptions, log: inout DiagnosticLog) -> LoadedSession? {
        let reportPath = "\(folder)/report.md"
        guard Self.isValidSlug(slug) else {
            log.error("a session folder's name is its URL: use \(Identifier.rule) ('\(DiagnosticText.visible(slug))')",
                      at: SourceLocation(path: folder), rule: .identifierInvalid)
            return nil
        }
        guard fileSystem.fileExists(reportPath) else {
            log.error("a session folder needs a report.md", at: SourceLocation(path: folder), rule: .reportMissing)
            return nil
        }
        guard let file = readText(reportPath, log: &log) else { return nil }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.split(file)
        } catch {
            log.append(error)
            return nil
        }
        let reading = SessionMetadataReader.readWithPlaces(frontMatter, path: reportPath, log: &log)
        let metadata = reading.metadata
        let source = BodySource(path: reportPath, text: frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        let report = ReportStructureReader.read(source, body: frontMatter.body, options: options, log: &log)

        var workPlan: WorkPlanDocument?
        let workPlanPath = "\(folder)/work-plan.md"
        if fileSystem.fileExists(workPlanPath), let planFile = readText(workPlanPath, log: &log) {
            workPlan = WorkPlanReader.read(planFile, options: options, log: &log)
            if let plan = workPlan?.workPlan, !report.report.paragraphs.contains(where: { $0.number == plan.paragraph }) {
                log.error("the work plan continues paragraph \(plan.paragraph), which the report does not have",
                          at: SourceLocation(path: workPlanPath, line: 2), rule: .workPlanStructure)
            }
        }
        guard let metadata else { return nil }
        let sourceText = reading.namesSource && metadata.source == nil ? nil
            : readSourceText(metadata.source, folder: folder, reportPath: reportPath, log: &log)
        let session = Session(slug: slug, metadata: metadata, report: report.report,
                              workPlan: workPlan?.workPlan, reportPath: reportPath)
        var loaded = LoadedSession(session: session, report: report, workPlan: workPlan)
        loaded.source = sourceText.map { SessionSourceText(file: $0, titleLocation: reading.titleLocation) }
        return loaded
    }

    /// The text extracted from the report's PDF that `source:` names, or a warning when there is none.
    private func readSourceText(_ name: String?, folder: String, reportPath: String, log: inout DiagnosticLog) -> TextFile? {
        guard let name else {
            log.warning("the session has no source text: add the text extracted from the report's PDF beside report.md "
                        + "and name it in the front matter ('source: source.txt'), so that the build can prove the text verbatim",
                        at: SourceLocation(path: reportPath, line: 1, column: 1), rule: .sourceMissing)
            return nil
        }
        let path = "\(folder)/\(name)"
        guard fileSystem.fileExists(path) || fileSystem.isSymbolicLink(path), !fileSystem.isDirectory(path) else {
            log.error("the source text '\(name)' named in the front matter is not in the session's folder", at: SourceLocation(path: path), rule: .sourceInvalid)
            return nil
        }
        return readText(path, log: &log)
    }

    private func readText(_ path: String, log: inout DiagnosticLog) -> TextFile? {
        if fileSystem.isSymbolicLink(path) {
            log.error("the file is a symbolic link; the build does not follow links: copy the file here instead", at: SourceLocation(path: path), rule: .symbolicLink)
            return nil
        }
        do {
            return try TextFile.read(path, from: fileSystem)
        } catch {
            log.append(error)
            return nil
        }
    }

    /// A session folder's name is its URL: it follows `Identifier`'s rule as it is (already lower-case).
    public static func isValidSlug(_ slug: String) -> Bool {
        Identifier.isValidKey(slug)
    }
}
