/// Text from content made safe to print on a terminal: control characters (escape sequences included),
/// bidirectional overrides and other invisible format characters are written as `\u{…}`, so that a
/// diagnostic can neither move the cursor, recolour the screen nor hide its own words. Diagnostics are
/// printed through it, whatever the content holds.
public enum DiagnosticText {
    public static func visible(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
