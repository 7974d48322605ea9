import Templates
/// The opening tags that Swift writes itself (the links annotation puts into the record's text): every
/// attribute value goes through `HTMLEscaping` here, the one place, whatever it comes from (a data-file
/// id, a term, a URL), so that no value can close its attribute and open another.
public enum HTMLTag {
    /// `<name a="v" …>`, the attributes in the order given; a nil value leaves its attribute out.
    public static func open(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> String {
        var tag = "<\(name)"
        for case let (attribute, value?) in attributes {
            tag += " \(attribute)=\"\(HTMLEscaping.escape(value))\""
        }
        return tag + ">"
    }
}
