/// The rule for the `source:` field of a session: the name of a file that sits in the session's own
/// folder. A path (`../x`, `a/b`, `/etc/passwd`), a hidden file, or a name with control characters is
/// refused, so that the field can never make the build read outside the session.
public enum SourceFileName {
    /// The longest name accepted, in bytes (most file systems allow 255).
    public static let maximumLength = 255

    public static func isValid(_ name: String) -> Bool {
        guard let first = name.first, let last = name.last, name.utf8.count <= maximumLength,
              first != ".", !first.isWhitespace, !last.isWhitespace else { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar == ":"
                || [.control, .format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }
}
