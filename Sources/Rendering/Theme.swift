import Diagnostics
import Foundation
import Loading
import Model
import Templates

/// A theme: Mustache templates, the interface strings in every language, and assets (CSS, JavaScript).
///
/// A theme folder holds `templates/`, `strings/` and `assets/`. A folder with a `theme.yml` saying
/// `extends: ../default` starts from that theme and replaces only the files it has.
public struct Theme: Sendable {
    public let library: TemplateLibrary
    public let strings: [UILanguage: UIStrings]
    /// Asset name (path inside `assets/`) → file on disk.
    public let assets: [String: String]

    /// The templates every theme must provide: all of them (a theme that extends another inherits its files).
    public static let requiredTemplates = TemplateName.allCases.map(\.rawValue)

    public static func load(from path: String, log: inout DiagnosticLog) -> Theme? {
        var templates: [String: (source: String, path: String)] = [:]
        var strings: [UILanguage: [String: String]] = [:]
        var stringFiles: [UILanguage: String] = [:]
        var assets: [String: String] = [:]
        var visited: Set<String> = []
        for folder in chain(startingAt: path, visited: &visited, log: &log) {
            for (name, file) in files(in: "\(folder)/templates", extension: "mustache") {
                guard let text = read(file, log: &log) else { continue }
                templates[name] = (text, file)
            }
            for language in UILanguage.allCases {
                let file = "\(folder)/strings/\(language.rawValue).yml"
                guard FileManager.default.fileExists(atPath: file), let text = read(file, log: &log) else { continue }
                var table = strings[language] ?? [:]
                for (key, value) in readStrings(text, path: file, log: &log) { table[key] = value }
                strings[language] = table
                stringFiles[language] = file
            }
            for (name, file) in files(in: "\(folder)/assets", extension: nil) { assets[name] = file }
        }

        for name in requiredTemplates where templates[name] == nil {
            log.error("the theme has no template '\(name).mustache'", at: SourceLocation(path: "\(path)/templates/\(name).mustache"),
                      rule: .templateMissing)
        }
        checkStringTables(strings, files: stringFiles, themePath: path, log: &log)

        var library = TemplateLibrary()
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try Template(name: name, path: template.path, source: template.source))
            } catch {
                log.error("the template does not parse: \(error.message)",
                          at: SourceLocation(path: template.path, line: error.line, column: error.column), rule: .templateInvalid)
            }
        }
        guard !log.hasErrors else { return nil }
        checkNames(library, log: &log)
        guard !log.hasErrors else { return nil }
        let tables = Dictionary(uniqueKeysWithValues: strings.map { ($0.key, UIStrings(language: $0.key, table: $0.value)) })
        return Theme(library: library, strings: tables, assets: assets)
    }

    /// Every page template may name only what its view offers (and what every page body sees), through
    /// the partials it includes too: a name no view of its kind can give is an error at the template's line.
    static func checkNames(_ library: TemplateLibrary, log: inout DiagnosticLog) {
        for name in TemplateName.allCases {
            let schema: TemplateSchema?
            do {
                schema = try name.schema()
            } catch {
                log.error("the view of '\(name.rawValue)' cannot be described: \(error)", at: SourceLocation(path: "templates"), rule: .templateInvalid)
                continue
            }
            guard let schema, let viewType = name.viewType else { continue }
            for problem in library.problems(in: name.rawValue, schemas: [schema], viewName: String(describing: viewType)) {
                log.error(problem.message, at: SourceLocation(path: problem.path, line: problem.line), rule: .templateInvalid)
            }
        }
    }

    /// Every language must have a table, and every table the same keys: a string missing in one
    /// language is an error, not a silently empty label.
    static func checkStringTables(_ strings: [UILanguage: [String: String]], files: [UILanguage: String],
                                  themePath: String, log: inout DiagnosticLog) {
        let allKeys = Set(strings.values.flatMap(\.keys))
        for language in UILanguage.allCases {
            let file = files[language] ?? "\(themePath)/strings/\(language.rawValue).yml"
            guard let table = strings[language] else {
                log.error("the theme has no interface strings for '\(language.rawValue)'", at: SourceLocation(path: file), rule: .stringMissing)
                continue
            }
            for key in allKeys.subtracting(table.keys).sorted() {
                log.error("the string '\(key)' is missing in '\(language.rawValue)'", at: SourceLocation(path: file), rule: .stringMissing)
            }
        }
    }

    /// The theme folders from the most basic to `path`, following `extends:`.
    private static func chain(startingAt path: String, visited: inout Set<String>, log: inout DiagnosticLog) -> [String] {
        let folder = URL(fileURLWithPath: path).standardizedFileURL.path
        guard visited.insert(folder).inserted else {
            log.error("the theme extends itself in a loop", at: SourceLocation(path: "\(path)/theme.yml"), rule: .themeLoop)
            return []
        }
        guard FileManager.default.fileExists(atPath: folder) else {
            log.error("the theme folder does not exist", at: SourceLocation(path: path), rule: .folderMissing)
            return []
        }
        let manifest = "\(folder)/theme.yml"
        guard FileManager.default.fileExists(atPath: manifest), let text = read(manifest, log: &log) else { return [folder] }
        let reader = YAMLReader(path: manifest)
        guard let mapping = reader.parseMapping(text, log: &log) else { return [folder] }
        mapping.rejectUnknownKeys(allowed: ["extends"], log: &log)
        guard let base = mapping.string("extends", required: false, log: &log) else { return [folder] }
        let basePath = URL(fileURLWithPath: base, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL.path
        return chain(startingAt: basePath, visited: &visited, log: &log) + [folder]
    }

    private static func files(in folder: String, extension fileExtension: String?) -> [(String, String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            let full = "\(folder)/\(relative)"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if let fileExtension {
                guard relative.hasSuffix(".\(fileExtension)") else { continue }
                result.append((String(relative.dropLast(fileExtension.count + 1)), full))
            } else {
                result.append((relative, full))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    private static func read(_ path: String, log: inout DiagnosticLog) -> String? {
        do {
            return try TextFile.read(path, from: .disk).text
        } catch {
            log.append(error)
            return nil
        }
    }

    private static func readStrings(_ text: String, path: String, log: inout DiagnosticLog) -> [String: String] {
        let reader = YAMLReader(path: path)
        guard let mapping = reader.parseMapping(text, log: &log) else { return [:] }
        var table: [String: String] = [:]
        for pair in mapping.pairs {
            // A quoted string keeps its spaces: `colon: ": "` in English, `colon: "："` in Chinese, so that a
            // template writes `{{s.colon}}` with no space of its own.
            guard let value = mapping.string(pair.key, required: true, keepingQuotedSpaces: true, log: &log) else { continue }
            table[pair.key] = value
        }
        return table
    }
}
