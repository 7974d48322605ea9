/// The rule for the address a site is published at (`base_url`, `--base-url`): `http` or `https`, a host
/// name (letters, digits, hyphens and dots) or an IPv6 address in brackets, an optional port, and a path of
/// plain segments. No user name, query, fragment, white space, control character, backslash or empty
/// segment (`//`): pages put this address in canonical links, the sitemap, the feed and `404.html`'s
/// stylesheet, where `https://example.org//evil.com/` would load another site's files.
public enum BaseURL {
    public static let rule = "an absolute http(s) address such as https://example.org/records/ (a host, an optional port and a path; "
        + "no spaces, no '//' in the path, no user name, query or fragment)"

    public static func isValid(_ address: String) -> Bool {
        let lowered = address.lowercased()
        let scheme = lowered.hasPrefix("https://") ? "https://" : lowered.hasPrefix("http://") ? "http://" : nil
        guard let scheme else { return false }
        let rest = address.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        return isValidAuthority(authority) && isValidPath(path)
    }

    private static func isValidAuthority(_ authority: Substring) -> Bool {
        var host = authority
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let address = host[host.index(after: host.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
            host = host[host.index(after: close)...]
            return host.isEmpty || isPort(host)
        }
        if let colon = host.firstIndex(of: ":") {
            guard isPort(host[colon...]) else { return false }
            host = host[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !host.isEmpty && host.count <= 253 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    /// `:8080`.
    private static func isPort(_ text: Substring) -> Bool {
        let digits = text.dropFirst()
        return text.first == ":" && (1...5).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Empty or `/`, or `/a/b/`: segments of printable ASCII without `\`, `?`, `#`, `%` or white space.
    private static func isValidPath(_ path: Substring) -> Bool {
        guard !path.isEmpty else { return true }
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        return path.first == "/" && segments.enumerated().allSatisfy { index, segment in
            (index == segments.count - 1 || !segment.isEmpty) && segment != "." && segment != ".."
                && segment.allSatisfy { $0.isASCII && !$0.isWhitespace && $0.asciiValue.map { $0 > 0x20 && $0 < 0x7F } == true
                    && !"\\?#%\"<>`{}|^".contains($0) }
        }
    }
}
