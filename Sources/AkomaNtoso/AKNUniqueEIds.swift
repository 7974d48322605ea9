/// The eIds given so far in one AKN file: the schema requires each to be unique in the document, and a
/// record may repeat a label (two sections A in a chapter, two meetings headed by the same year). A
/// repeated eId gets `-2`, `-3` … after it; the first keeps the one that matches its HTML fragment.
struct AKNUniqueEIds {
    private var given: Set<String> = []

    mutating func claim(_ eId: String) -> String {
        var candidate = eId
        var count = 1
        while given.contains(candidate) {
            count += 1
            candidate = "\(eId)-\(count)"
        }
        given.insert(candidate)
        return candidate
    }
}
