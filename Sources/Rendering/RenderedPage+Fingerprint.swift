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

    /// A template value, each kind marked; an object's members in any order (they are hashed one by one
    /// and summed), since a dictionary's are encoded in no fixed order.
    private static func add(_ value: TemplateValue, to fingerprint: inout PageFingerprint) {
        switch value {
        case .text(let text):
            fingerprint.add("s")
            fingerprint.add(text)
        case .flag(let flag):
            fingerprint.add(flag ? "true" : "false")
        case .number(let number):
            fingerprint.add("i\(number)")
        case .object(let object):
            fingerprint.add("{")
            var sum: UInt64 = 0
            for member in object.members {
                var part = PageFingerprint()
                part.add(member.name)
                add(member.value, to: &part)
                sum &+= part.mixed
            }
            fingerprint.add(unorderedSum: sum)
            fingerprint.add("}")
        case .list(let items):
            fingerprint.add("[")
            for item in items { add(item, to: &fingerprint) }
            fingerprint.add("]")
        }
    }
}
