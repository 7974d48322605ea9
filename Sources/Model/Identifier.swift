/// The one rule for every identifier that becomes a file name, a URL fragment or an HTML attribute
/// (participants, glossary terms, sessions): after lower-casing, lowercase ASCII letters and digits in
/// words joined by single hyphens, `^[a-z0-9]+(-[a-z0-9]+)*$`, at most `maximumLength` characters.
/// Such a value needs no escaping anywhere, cannot climb out of a folder (`..`), cannot start an option
/// (`-rf`) and means the same on every file system, whatever its case rules. Two identifiers that differ
/// only in case (`ago`, `AGO`) are the same identifier.
public enum Identifier {
    public static let maximumLength = 100

    /// The rule in words, for diagnostics.
    public static let rule = "lowercase letters a–z and digits, in words joined by single hyphens (like 'world-bank' or 'afg')"

    /// The form used for paths and comparisons: ASCII letters lower-cased (`AFG` → `afg`).
    public static func key(_ identifier: String) -> String {
        String(String.UnicodeScalarView(identifier.unicodeScalars.map { scalar in
            ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }))
    }

    /// Whether `identifier`, lower-cased, follows the rule.
    public static func isValid(_ identifier: String) -> Bool {
        isValidKey(key(identifier))
    }

    /// Whether `identifier` follows the rule as it is, without lower-casing (session folder names, which
    /// are their URLs).
    public static func isValidKey(_ identifier: String) -> Bool {
        let scalars = Array(identifier.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= maximumLength, scalars.first != "-", scalars.last != "-" else { return false }
        var previous: Unicode.Scalar?
        for scalar in scalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            guard isWordCharacter || (scalar == "-" && previous != "-") else { return false }
            previous = scalar
        }
        return true
    }
}
