/// The members of an encoded view, in the order its `encode(to:)` wrote them (a struct's properties in
/// declaration order). A view has a handful of members, so a name is found by comparing names, which is
/// cheaper than hashing; a large object (a table of interface strings) also keeps an index by name.
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public struct Member: Sendable, Hashable {
        public let name: String
        public var value: TemplateValue
    }

    public private(set) var members: [Member]
    private var index: [String: Int]?

    /// Past this many members, names are looked up through an index.
    static let indexedCount = 12

    /// An object of `members`; of two members with one name, the later is the one looked up.
    public init(_ members: [Member] = []) {
        self.members = members
        if members.count > Self.indexedCount { rebuildIndex() }
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements.map { Member(name: $0.0, value: $0.1) })
    }

    public var count: Int { members.count }

    /// The member called `name`; setting one that exists replaces its value in place.
    public subscript(name: String) -> TemplateValue? {
        get { position(of: name).map { members[$0].value } }
        set {
            if let position = position(of: name) {
                if let newValue { members[position].value = newValue } else { remove(at: position) }
            } else if let newValue {
                members.append(Member(name: name, value: newValue))
                if index != nil { index?[name] = members.count - 1 } else if members.count > Self.indexedCount { rebuildIndex() }
            }
        }
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return members.lastIndex { $0.name == name }
    }

    private mutating func remove(at position: Int) {
        members.remove(at: position)
        index = nil
        if members.count > Self.indexedCount { rebuildIndex() }
    }

    private mutating func rebuildIndex() {
        index = Dictionary(members.enumerated().map { ($1.name, $0) }) { _, later in later }
    }

    // Two objects are equal when they have the same members, whatever their order.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.members.count == rhs.members.count && lhs.members.allSatisfy { rhs[$0.name] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member.name)
            memberHasher.combine(member.value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(combined)
    }
}
