import Diagnostics
import Model

extension YAMLMapping {
    /// Reads `key` as `{zh: 双重犯罪, article: 43, paragraph: 2}` or `{zh: 民间社会, preamble: true}`: the
    /// Convention's form of a term and the one place it is taken from (an article, or the preamble).
    func conventionForm(_ key: String, lastArticle: Int, log: inout DiagnosticLog) -> ConventionForm? {
        guard let mapping = mapping(key, required: false, log: &log) else { return nil }
        mapping.rejectUnknownKeys(allowed: ["zh", "article", "paragraph", "preamble"], log: &log)
        let zh = mapping.string("zh", required: true, log: &log)
        let article = mapping.integer("article", required: false, range: 1...max(lastArticle, 1), log: &log)
        let paragraph = mapping.integer("paragraph", required: false, range: 1...99, log: &log)
        let preamble = mapping.boolean("preamble", log: &log)
        if mapping.contains("article"), article == nil { return nil }
        if preamble == false {
            log.error("'preamble' is written only as 'preamble: true'; give 'article' for a form in an article",
                      at: mapping.valueLocation(of: "preamble"), rule: .valueInvalid)
            return nil
        }
        let place: ConventionForm.Place
        switch (article, preamble == true) {
        case (let number?, false):
            place = .article(number, paragraph: paragraph)
        case (nil, true):
            guard paragraph == nil else {
                log.error("'paragraph' needs an 'article'; the preamble has no numbered paragraphs",
                          at: mapping.location(of: "paragraph"), rule: .valueInvalid)
                return nil
            }
            place = .preamble
        case (_?, true):
            log.error("'\(key)' gives both 'article' and 'preamble'; it comes from one place", at: mapping.location, rule: .valueInvalid)
            return nil
        case (nil, false):
            log.error("'\(key)' must say where the Convention uses the form: 'article' (with 'paragraph') or 'preamble: true'",
                      at: mapping.location, rule: .valueInvalid)
            return nil
        }
        guard let zh else { return nil }
        return ConventionForm(zh: zh, place: place)
    }
}
