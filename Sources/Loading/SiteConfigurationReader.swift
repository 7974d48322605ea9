import Diagnostics
import Model

/// Reads `Content/site.yml`.
public enum SiteConfigurationReader {
    public static let keys = ["title", "ui_language", "base_url", "unsafe_html"]

    public static func read(_ file: TextFile, log: inout DiagnosticLog) -> SiteConfiguration? {
        let reader = YAMLReader(path: file.path)
        guard let mapping = reader.parseMapping(file.text, log: &log) else { return nil }
        mapping.rejectUnknownKeys(allowed: keys, log: &log)
        let title = mapping.bilingualText("title", required: true, log: &log)
        var uiLanguage = UILanguage.zh
        if let code = mapping.string("ui_language", required: false, log: &log) {
            if let language = UILanguage(rawValue: code) {
                uiLanguage = language
            } else {
                log.error("'ui_language' must be one of: \(UILanguage.allCases.map(\.rawValue).joined(separator: ", "))",
                          at: mapping.valueLocation(of: "ui_language"))
            }
        }
        let baseURL = mapping.string("base_url", required: false, log: &log)
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            log.error("'base_url' must be an absolute http(s) URL", at: mapping.valueLocation(of: "base_url"))
        }
        let unsafeHTML = mapping.boolean("unsafe_html", log: &log) ?? false
        guard let title else { return nil }
        return SiteConfiguration(title: title, uiLanguage: uiLanguage, baseURL: baseURL, allowsRawHTML: unsafeHTML)
    }
}
