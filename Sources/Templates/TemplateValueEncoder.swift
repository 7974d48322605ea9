/// Encodes a page's typed view (any `Encodable`) into the `TemplateValue` the theme reads: structs and
/// dictionaries become objects, arrays lists, strings, integers and booleans themselves; a nil optional
/// is left out, so that `{{#name}}` hides and `{{^name}}` shows. The compiler writes each view's
/// `encode(to:)`: nothing is found by reflection.
public enum TemplateValueEncoder {
    public static func encode<View: Encodable>(_ view: View) throws -> TemplateValue {
        let root = EncodingSlot()
        try view.encode(to: SlotEncoder(slot: root, codingPath: []))
        return root.value
    }
}

/// Where an encoder writes: one value, or the members of an object, or the items of a list.
final class EncodingSlot {
    private enum Content {
        case empty
        case value(TemplateValue)
        case object([(name: String, slot: EncodingSlot)])
        case list([EncodingSlot])
    }

    private var content = Content.empty

    func set(_ value: TemplateValue) { content = .value(value) }

    // Each takes the collection out of `content` before changing it, so that it is changed in place
    // (a list of a hundred thousand paragraphs is not copied at every item). Members keep the order they
    // were written in; of a name written twice, the later is the one looked up (`TemplateObject`).
    func member(_ key: String) -> EncodingSlot {
        var members: [(name: String, slot: EncodingSlot)] = []
        if case .object(let existing) = content {
            members = existing
            content = .empty
        }
        let slot = EncodingSlot()
        members.append((key, slot))
        content = .object(members)
        return slot
    }

    func appendItem() -> EncodingSlot {
        var items: [EncodingSlot] = []
        if case .list(let existing) = content {
            items = existing
            content = .empty
        }
        let slot = EncodingSlot()
        items.append(slot)
        content = .list(items)
        return slot
    }

    func makeObject() { if case .empty = content { content = .object([]) } }
    func makeList() { if case .empty = content { content = .list([]) } }

    var value: TemplateValue {
        switch content {
        case .empty: return .object([:])
        case .value(let value): return value
        case .object(let members): return .object(TemplateObject(members.map { TemplateObject.Member(name: $0.name, value: $0.slot.value) }))
        case .list(let items): return .list(items.map(\.value))
        }
    }
}

struct SlotEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeList()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// Strings, integers and booleans as themselves; anything else through its own `encode(to:)`.
func encodeValue<T: Encodable>(_ value: T, into slot: EncodingSlot, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: slot.set(.text(text))
    case let number as Int: slot.set(.number(number))
    case let flag as Bool: slot.set(.flag(flag))
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode(_ value: String, forKey key: Key) throws { slot.member(key.stringValue).set(.text(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot.member(key.stringValue).set(.number(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot.member(key.stringValue).set(.flag(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: slot.member(key.stringValue), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath) }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(slot: EncodingSlot, codingPath: [any CodingKey]) {
        self.slot = slot
        self.codingPath = codingPath
    }

    mutating func encodeNil() throws {
        slot.appendItem().set(.flag(false))
        count += 1
    }

    mutating func encode(_ value: String) throws {
        slot.appendItem().set(.text(value))
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: slot.appendItem(), codingPath: codingPath)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
}

struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: slot, codingPath: codingPath)
    }
}
