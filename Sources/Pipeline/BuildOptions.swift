import Foundation
import Model

/// What `rapporteur build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var themePath: String
    public var outputPath: String
    /// Overrides the site configuration's interface language.
    public var uiLanguage: UILanguage?
    /// Treat warnings as errors.
    public var strict: Bool
    /// The build's date for pages that show one: only when given (from `SOURCE_DATE_EPOCH`), so that
    /// two builds of the same input are byte-identical.
    public var buildDate: CalendarDate?
    /// Overrides the site configuration's `base_url` (CI sets it per environment).
    public var baseURL: String?
    /// Where to write the whole site as one ZIP file, when asked. Inside the output folder, the home page
    /// links to it for download.
    public var archivePath: String?
    /// The build cache's folder, when the build keeps one (`rapporteur build` does, in `.rapporteur-cache`).
    public var cachePath: String?
    /// Print how long each step took, on standard error.
    public var traceTimes = false
    /// How long to wait for another build of the same output folder to finish before giving up (exit 2).
    public var lockTimeout: TimeInterval = 60

    public init(contentPath: String = "Content", themePath: String = "Themes/default", outputPath: String = "Public",
                uiLanguage: UILanguage? = nil, strict: Bool = false, buildDate: CalendarDate? = nil,
                baseURL: String? = nil, archivePath: String? = nil, cachePath: String? = nil) {
        self.contentPath = contentPath
        self.themePath = themePath
        self.outputPath = outputPath
        self.uiLanguage = uiLanguage
        self.strict = strict
        self.buildDate = buildDate
        self.baseURL = baseURL
        self.archivePath = archivePath
        self.cachePath = cachePath
    }

    /// The archive's path inside the output folder (`rapporteur-site.zip`), when it is written there.
    public var archivePathInOutput: String? {
        guard let archivePath else { return nil }
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL.path
        let archive = URL(fileURLWithPath: archivePath).standardizedFileURL.path
        guard archive.hasPrefix(output + "/") else { return nil }
        return String(archive.dropFirst(output.count + 1))
    }

    /// The date `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) names, when the variable is set and valid.
    public static func sourceDateEpoch(_ environment: [String: String]) -> CalendarDate? {
        // Up to 9999-12-31T23:59:59Z: a date the pages can print.
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), (0...253_402_300_799).contains(seconds) else { return nil }
        let days = seconds / 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: Int(year), month: Int(month), day: Int(day))
    }
}
