/// The names a view offers its template, derived from the view's type (its `Decodable` conformance,
/// which the compiler writes from the same properties as `Encodable`): optional members included, so a
/// template may name a value that a page leaves out, but never one that no page of its kind can have.
public indirect enum TemplateSchema: Sendable, Equatable {
    /// A string, number or flag.
    case scalar
    case list(TemplateSchema)
    /// Members by name, and the names a view may leave out.
    case object([String: TemplateSchema], optional: Set<String> = [])
    /// A dictionary: any name (the interface strings, `s.home`).
    case map

    /// The schema of `View`'s encoded value.
    public static func of<View: Decodable>(_ view: View.Type) throws -> TemplateSchema {
        let root = SchemaSlot()
        _ = try View(from: SchemaRecorder(slot: root, depth: 0))
        return root.schema
    }

    /// The schema of member `name`, if this schema has one.
    func member(_ name: String) -> TemplateSchema? {
        switch self {
        case .object(let members, _): return members[name]
        case .map: return .scalar
        case .scalar, .list: return nil
        }
    }
}

/// What the recorder learnt of one value.
final class SchemaSlot {
    private var members: [String: SchemaSlot]?
    private var item: SchemaSlot?
    private var isMap = false
    private var optionalKeys: Set<String> = []

    func markOptional(_ key: String) { optionalKeys.insert(key) }

    func member(_ key: String) -> SchemaSlot {
        let slot = members?[key] ?? SchemaSlot()
        members = (members ?? [:]).merging([key: slot]) { existing, _ in existing }
        return slot
    }

    func elements() -> SchemaSlot {
        let slot = item ?? SchemaSlot()
        item = slot
        return slot
    }

    func makeObject() { if members == nil { members = [:] } }
    func makeMap() { isMap = true }

    var schema: TemplateSchema {
        if isMap { return .map }
        if let item { return .list(item.schema) }
        if let members { return .object(members.mapValues(\.schema), optional: optionalKeys) }
        return .scalar
    }
}

/// A decoder that builds no value but records every member and element a type asks for, answering every
/// optional as present so that its members are recorded too.
struct SchemaRecorder: Decoder {
    let slot: SchemaSlot
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard depth < 32 else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "a view nests itself")) }
        slot.makeObject()
        return KeyedDecodingContainer(KeyedSchemaRecorder<Key>(slot: slot, depth: depth))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedSchemaRecorder(slot: slot.elements(), depth: depth)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleSchemaRecorder(slot: slot, depth: depth)
    }
}

/// A stand-in value of `T`: strings, numbers and flags directly, anything else decoded (and so recorded).
func placeholder<T: Decodable>(_ type: T.Type, slot: SchemaSlot, depth: Int) throws -> T {
    if let text = "" as? T { return text }
    if let number = 0 as? T { return number }
    if let flag = false as? T { return flag }
    return try T(from: SchemaRecorder(slot: slot, depth: depth + 1))
}

struct KeyedSchemaRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let slot: SchemaSlot
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        slot.makeMap()
        return []
    }

    func contains(_ key: Key) -> Bool { true }

    /// Asked only of optional members (`decodeIfPresent`): recorded as such, and answered "present".
    func decodeNil(forKey key: Key) throws -> Bool {
        slot.markOptional(key.stringValue)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try placeholder(type, slot: slot.member(key.stringValue), depth: depth)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try SchemaRecorder(slot: slot.member(key.stringValue), depth: depth + 1).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try SchemaRecorder(slot: slot.member(key.stringValue), depth: depth + 1).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { SchemaRecorder(slot: slot, depth: depth + 1) }
    func superDecoder(forKey key: Key) throws -> any Decoder { SchemaRecorder(slot: slot.member(key.stringValue), depth: depth + 1) }
}

/// A list of one element: enough to record what every element has.
struct UnkeyedSchemaRecorder: UnkeyedDecodingContainer {
    let slot: SchemaSlot
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 1 }
    private(set) var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(slot: SchemaSlot, depth: Int) {
        self.slot = slot
        self.depth = depth
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try placeholder(type, slot: slot, depth: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try SchemaRecorder(slot: slot, depth: depth + 1).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try SchemaRecorder(slot: slot, depth: depth + 1).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { SchemaRecorder(slot: slot, depth: depth + 1) }
}

struct SingleSchemaRecorder: SingleValueDecodingContainer {
    let slot: SchemaSlot
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try placeholder(type, slot: slot, depth: depth)
    }
}
