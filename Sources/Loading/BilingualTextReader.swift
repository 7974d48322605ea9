import Diagnostics
import Model

extension YAMLMapping {
    /// Reads `key` as `{zh: …, en: …}`, both required.
    public func bilingualText(_ key: String, required: Bool, log: inout DiagnosticLog) -> BilingualText? {
        guard let mapping = mapping(key, required: required, log: &log) else { return nil }
        mapping.rejectUnknownKeys(allowed: ["zh", "en"], log: &log)
        let zh = mapping.string("zh", required: true, log: &log)
        let en = mapping.string("en", required: true, log: &log)
        guard let zh, let en else { return nil }
        return BilingualText(zh: zh, en: en)
    }
}
