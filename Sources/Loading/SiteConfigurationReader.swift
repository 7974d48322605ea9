import Diagnostics
import Model

/// Reads `Content/site.yml`.
public enum SiteConfigurationReader {
    public static let keys = ["title", "ui_language", "also_ui_languages", "base_url", "unsafe_html", "page_length"]

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
                          at: mapping.valueLocation(of: "ui_language"), rule: .valueInvalid)
            }
        }
        var otherLanguages: [UILanguage] = []
        for code in mapping.stringList("also_ui_languages", log: &log) {
            guard let language = UILanguage(rawValue: code) else {
                log.error("'also_ui_languages' may list: \(UILanguage.allCases.map(\.rawValue).joined(separator: ", "))",
                          at: mapping.valueLocation(of: "also_ui_languages"), rule: .valueInvalid)
                continue
            }
            if language != uiLanguage, !otherLanguages.contains(language) { otherLanguages.append(language) }
        }
        let baseURL = mapping.string("base_url", required: false, log: &log)
        if let baseURL, !BaseURL.isValid(baseURL) {
            log.error("'base_url' must be \(BaseURL.rule); found '\(DiagnosticText.visible(baseURL))'", at: mapping.valueLocation(of: "base_url"), rule: .valueInvalid)
        }
        let unsafeHTML = mapping.boolean("unsafe_html", log: &log) ?? false
        guard let title else { return nil }
        var site = SiteConfiguration(title: title, uiLanguage: uiLanguage, baseURL: baseURL, allowsRawHTML: unsafeHTML)
        site.otherUILanguages = otherLanguages
        if let pageLength = mapping.integer("page_length", required: false, range: SiteConfiguration.pageLengths, log: &log) {
            site.pageLength = pageLength
        }
        return site
    }
}
