import Incremental
import Templates

extension RenderedPage {
    /// The page's fingerprint (`PageFingerprint`): where it is, its template, and its encoded views: `body`
    /// and `layout` (the layout's without the body's HTML, which the two views determine).
    func fingerprint(body: TemplateValue, layout: TemplateValue) -> String {
        var fingerprint = PageFingerprint()
        fingerprint.add(context.path.value)
        fingerprint.add(context.linksFromRoot ?? "-")
        fingerprint.add(template.rawValue)
        fingerprint.add(context.recordLanguage)
        Self.add(body, to: &fingerprint)
        Self.add(layout, to: &fingerprint)
        return fingerprint.hex
    }

    /// A template value, each kind marked, object members in the order of their names.
    private static func add(_ value: TemplateValue, to fingerprint: inout PageFingerprint) {
        switch value {
        case .text(let text):
            fingerprint.add("s")
            fingerprint.add(text)
        case .flag(let flag):
            fingerprint.add(flag ? "true" : "false")
        case .number(let number):
            fingerprint.add("i\(number)")
        case .object(let members):
            fingerprint.add("{")
            for key in members.keys.sorted() {
                fingerprint.add(key)
                if let member = members[key] { add(member, to: &fingerprint) }
            }
            fingerprint.add("}")
        case .list(let items):
            fingerprint.add("[")
            for item in items { add(item, to: &fingerprint) }
            fingerprint.add("]")
        }
    }
}
