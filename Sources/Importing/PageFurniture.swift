/// What the PDF prints on every page around the text: page numbers, the document symbol as a running
/// header (`CAC/COSP/WG.2/2012/4`), the job number (`V.12-55555`, often with a page number or `(C)`).
/// None of it belongs to the record.
enum PageFurniture {
    /// How sure the importer is that a line is furniture.
    enum Verdict: Equatable {
        /// Text of the record.
        case text
        /// A page number or a job number line: furniture without doubt.
        case furniture
        /// A document symbol alone on a line: a running header, unless it is a piece of the text.
        case symbolAlone(String)
    }

    static func verdict(_ text: String) -> Verdict {
        // Furniture is ASCII: a line with a Chinese character is text.
        guard !text.contains(where: \.isWide) else { return .text }
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !tokens.isEmpty, tokens.allSatisfy(isFurnitureToken) else { return .text }
        if tokens.count == 1, isDocumentSymbol(tokens[0]) { return .symbolAlone(tokens[0]) }
        return .furniture
    }

    private static func isFurnitureToken(_ token: String) -> Bool {
        isPageNumber(token) || isJobNumber(token) || isDocumentSymbol(token) || ["(C)", "(c)"].contains(token)
            || isBarcode(token)
    }

    /// 1 to 4 digits: `12`.
    static func isPageNumber(_ token: String) -> Bool {
        (1...4).contains(token.count) && token.allSatisfy(\.isASCIIDigit)
    }

    /// A UN job number: one or two capital letters, a full stop, two digits, a hyphen, five digits
    /// (`V.12-55555`), possibly with the language in brackets (`V.12-55555(C)`).
    static func isJobNumber(_ token: String) -> Bool {
        var rest = Substring(token)
        if rest.hasSuffix("(C)") || rest.hasSuffix("(c)") { rest = rest.dropLast(3) }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return false
        }
        let numbers = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        return numbers.count == 2 && numbers[0].count == 2 && numbers[1].count == 5
            && numbers.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A UN document symbol: ASCII capitals, digits and full stops in parts separated by slashes, at least
    /// two parts, starting with a capital letter: `A/67/123`, `CAC/COSP/WG.2/2012/4`.
    static func isDocumentSymbol(_ token: String) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = token.first, first.isASCII, first.isUppercase else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "." || $0 == "-") }
        }
    }

    /// The printed form of a barcode: `*1255555*`.
    private static func isBarcode(_ token: String) -> Bool {
        token.count > 2 && token.hasPrefix("*") && token.hasSuffix("*") && token.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
    }
}
