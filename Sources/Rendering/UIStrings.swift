import Model

/// The interface's words in one language, from the theme's `strings/<language>.yml`.
/// Templates read them as `{{s.key}}`; Swift fills `{placeholders}` with `format`.
public struct UIStrings: Sendable, Hashable {
    public let language: UILanguage
    public let table: [String: String]

    public init(language: UILanguage, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// The string for `key`. Themes are checked for completeness when they load, so a missing key is a
    /// theme bug; it shows as the key itself rather than as nothing.
    public subscript(key: String) -> String {
        table[key] ?? key
    }

    /// The string for a number of things, `{count}` filled in: `key_one` for one (CLDR's plural category
    /// of English "1 session") when the theme has it, otherwise `key`.
    public func format(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let singular = "\(key)_one"
        return format(count == 1 && table[singular] != nil ? singular : key, values.merging(["count": String(count)]) { given, _ in given })
    }

    /// The title of page `page` of a list that runs over several pages: the title itself for the first,
    /// `“…”（第 2 页）` for the others.
    public func pageTitle(_ title: String, page: Int) -> String {
        page > 1 ? format("numbered_page_title", ["title": title, "page": String(page)]) : title
    }

    /// The string for `key` with each `{name}` replaced by its value.
    public func format(_ key: String, _ values: [String: String]) -> String {
        var result = self[key]
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}

import Foundation
