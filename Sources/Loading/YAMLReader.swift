import Diagnostics
import Yams

/// Reads YAML the strict way: every value is checked for its type, unknown keys are errors, and every
/// problem is a diagnostic that points at the line and column of the offending key or value.
public struct YAMLReader {
    public let path: String
    /// The line of the file on which the YAML text starts.
    public let firstLine: Int

    public init(path: String, firstLine: Int = 1) {
        self.path = path
        self.firstLine = firstLine
    }

    /// Parses `yaml` into a mapping; an empty text is an empty mapping.
    public func parseMapping(_ yaml: String, log: inout DiagnosticLog) -> YAMLMapping? {
        guard withinLimits(yaml, log: &log) else { return nil }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            log.error("invalid YAML: \(Self.describe(error))", at: location(of: error), rule: .yamlSyntax)
            return nil
        } catch {
            log.error("invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine), rule: .yamlSyntax)
            return nil
        }
        guard let node else { return YAMLMapping(pairs: [], location: SourceLocation(path: path, line: firstLine), reader: self) }
        guard let mapping = node.mapping else {
            log.error("expected a mapping of keys to values", at: location(of: node), rule: .valueInvalid)
            return nil
        }
        return YAMLMapping(mapping: mapping, node: node, reader: self)
    }

    /// Refuses, before parsing, a text larger than `YAMLLimits.maximumBytes` or with more aliases than
    /// `YAMLLimits.maximumAliases` (as Hugo refuses "excessive aliasing").
    private func withinLimits(_ yaml: String, log: inout DiagnosticLog) -> Bool {
        let bytes = yaml.utf8.count
        guard bytes <= YAMLLimits.maximumBytes else {
            log.error("the YAML is \(bytes) bytes; at most \(YAMLLimits.maximumBytes) are read", at: SourceLocation(path: path, line: firstLine), rule: .yamlLimits)
            return false
        }
        let aliases = YAMLLimits.aliasPositions(in: yaml)
        guard aliases.count <= YAMLLimits.maximumAliases else {
            let extra = aliases[YAMLLimits.maximumAliases]
            log.error("too many aliases (*name): \(aliases.count) where at most \(YAMLLimits.maximumAliases) are read, "
                      + "since each repeats a whole value; write the values out", at: SourceLocation(path: path, line: extra.line + firstLine - 1, column: extra.column), rule: .yamlLimits)
            return false
        }
        return true
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private func location(of error: YamlError) -> SourceLocation {
        switch error {
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(path: path, line: context.mark.line + firstLine - 1, column: context.mark.column)
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        default:
            return SourceLocation(path: path, line: firstLine)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, _):
            let keys = duplicates.sorted().map { "'\(DiagnosticText.visible($0))'" }.joined(separator: ", ")
            return "a key is given twice in the same mapping: \(keys) (the first is here)"
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default:
            return "\(error)"
        }
    }
}

/// A YAML mapping being read, with the location of each key for diagnostics.
public struct YAMLMapping {
    public let pairs: [(key: String, keyLocation: SourceLocation, value: Node)]
    /// Keys that are lists or mappings (`? [a, b]`), which no content file uses: reported, never read.
    let nonTextKeys: [(kind: String, location: SourceLocation)]
    public let location: SourceLocation
    let reader: YAMLReader

    init(pairs: [(key: String, keyLocation: SourceLocation, value: Node)], location: SourceLocation, reader: YAMLReader) {
        self.pairs = pairs
        self.nonTextKeys = []
        self.location = location
        self.reader = reader
    }

    init(mapping: Node.Mapping, node: Node, reader: YAMLReader) {
        self.pairs = mapping.compactMap { pair in
            pair.key.scalar.map { (key: $0.string, keyLocation: reader.location(of: pair.key), value: pair.value) }
        }
        self.nonTextKeys = mapping.compactMap { pair in
            pair.key.scalar == nil ? (kind: pair.key.sequence != nil ? "a list" : "a mapping", location: reader.location(of: pair.key)) : nil
        }
        self.location = reader.location(of: node)
        self.reader = reader
    }

    /// Reports every key that is not in `allowed`, every key given twice, and every key that is not text.
    public func rejectUnknownKeys(allowed: [String], log: inout DiagnosticLog) {
        var seen: Set<String> = []
        for key in nonTextKeys {
            // Named by its kind, never printed: an aliased key may expand to a huge value.
            log.error("a key must be text, like 'title'; this key is \(key.kind)", at: key.location, rule: .yamlKey)
        }
        for pair in pairs {
            if !seen.insert(pair.key).inserted {
                log.error("the key '\(pair.key)' is given twice", at: pair.keyLocation, rule: .keyDuplicate)
            } else if !allowed.contains(pair.key) {
                log.error("unknown key '\(pair.key)'; expected one of: \(allowed.joined(separator: ", "))",
                          at: pair.keyLocation, rule: .keyUnknown)
            }
        }
    }

    public func contains(_ key: String) -> Bool {
        pairs.contains { $0.key == key && !Self.isNull($0.value) }
    }

    /// The value of `key`, nil when absent or written empty (`symbol:`).
    public func value(_ key: String) -> Node? {
        guard let node = pairs.first(where: { $0.key == key })?.value, !Self.isNull(node) else { return nil }
        return node
    }

    public func location(of key: String) -> SourceLocation {
        pairs.first { $0.key == key }?.keyLocation ?? location
    }

    public func valueLocation(of key: String) -> SourceLocation {
        value(key).map(reader.location(of:)) ?? location(of: key)
    }

    /// Reported at the key when it is written empty (`en:`), at the mapping when it is absent.
    private func missing(_ key: String, _ expected: String, log: inout DiagnosticLog) {
        log.error("missing required key '\(key)' (\(expected))", at: location(of: key), rule: .keyMissing)
    }

    private func wrongType(_ key: String, _ expected: String, log: inout DiagnosticLog) {
        log.error("'\(key)' must be \(expected)", at: valueLocation(of: key), rule: .valueInvalid)
    }

    /// The text of `key`, without the spaces around it; with `keepingQuotedSpaces`, a quoted value keeps
    /// them (`colon: ": "`: the space is the English punctuation's, which a full-width colon has not).
    public func string(_ key: String, required: Bool, keepingQuotedSpaces: Bool = false, log: inout DiagnosticLog) -> String? {
        guard let node = value(key) else {
            if required { missing(key, "text", log: &log) }
            return nil
        }
        guard let scalar = node.scalar else {
            wrongType(key, "text", log: &log)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if text.isEmpty, required { missing(key, "text", log: &log) }
        guard !text.isEmpty else { return nil }
        return keepingQuotedSpaces && scalar.style != .plain ? scalar.string : text
    }

    public func integer(_ key: String, required: Bool, range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
        guard let node = value(key) else {
            if required { missing(key, "a whole number", log: &log) }
            return nil
        }
        guard let scalar = node.scalar, scalar.style == .plain, let number = Int(scalar.string) else {
            wrongType(key, "a whole number", log: &log)
            return nil
        }
        guard range.contains(number) else {
            log.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)",
                      at: valueLocation(of: key), rule: .valueRange)
            return nil
        }
        return number
    }

    public func boolean(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, ["true", "false"].contains(scalar.string) else {
            wrongType(key, "true or false", log: &log)
            return nil
        }
        return scalar.string == "true"
    }

    /// A list of mappings (`- number: 1 …`); absent is empty.
    public func mappings(_ key: String, log: inout DiagnosticLog) -> [YAMLMapping] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            wrongType(key, "a list", log: &log)
            return []
        }
        return sequence.compactMap { element in
            guard let mapping = element.mapping else {
                log.error("each entry of '\(key)' must be a mapping of keys to values", at: reader.location(of: element), rule: .valueInvalid)
                return nil
            }
            return YAMLMapping(mapping: mapping, node: element, reader: reader)
        }
    }

    /// A list of texts; absent is empty.
    public func stringList(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            wrongType(key, "a list of texts", log: &log)
            return []
        }
        return sequence.compactMap { element in
            guard let scalar = element.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.error("each entry of '\(key)' must be a text", at: reader.location(of: element), rule: .valueInvalid)
                return nil
            }
            return scalar.string.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A list of whole numbers; absent is empty.
    public func integerList(_ key: String, range: ClosedRange<Int>, log: inout DiagnosticLog) -> [Int] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            wrongType(key, "a list of whole numbers, like [17, 18]", log: &log)
            return []
        }
        var numbers: [Int] = []
        for element in sequence {
            guard let scalar = element.scalar, scalar.style == .plain, let number = Int(scalar.string), range.contains(number) else {
                log.error("'\(key)' must list whole numbers from \(range.lowerBound) to \(range.upperBound)",
                          at: reader.location(of: element), rule: .valueRange)
                continue
            }
            numbers.append(number)
        }
        return numbers
    }

    public func mapping(_ key: String, required: Bool, log: inout DiagnosticLog) -> YAMLMapping? {
        guard let node = value(key) else {
            if required { missing(key, "a mapping", log: &log) }
            return nil
        }
        guard let mapping = node.mapping else {
            wrongType(key, "a mapping of keys to values", log: &log)
            return nil
        }
        return YAMLMapping(mapping: mapping, node: node, reader: reader)
    }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

import Foundation
