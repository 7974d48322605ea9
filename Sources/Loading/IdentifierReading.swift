import Diagnostics
import Model

extension YAMLMapping {
    /// An identifier that will become a file name, a fragment or an attribute: text that follows
    /// `Identifier`'s rule, or an error at the value.
    public func identifier(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = string(key, required: true, log: &log) else { return nil }
        guard Identifier.isValid(value) else {
            log.error("'\(key)' must be \(Identifier.rule), since it becomes a file name and a link; "
                      + "found '\(DiagnosticText.visible(value))'", at: valueLocation(of: key), rule: .identifierInvalid)
            return nil
        }
        return value
    }
}

/// The identifiers of one data file, compared as `Identifier.key` (so `ago` and `AGO` are the same).
public struct IdentifierRegister {
    private var firstLocations: [String: SourceLocation] = [:]

    public init() {}

    /// Records `identifier`, or reports it as taken (naming the first place) and returns false.
    public mutating func claim(_ identifier: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        let key = Identifier.key(identifier)
        if let first = firstLocations[key] {
            log.error("the id '\(identifier)' is used twice (ids are compared in lower case, as file names); the first is at line \(first.line)",
                      at: location, rule: .identifierDuplicate)
            return false
        }
        firstLocations[key] = location
        return true
    }

    public func contains(_ identifier: String) -> Bool { firstLocations[Identifier.key(identifier)] != nil }

    public func location(of identifier: String) -> SourceLocation? { firstLocations[Identifier.key(identifier)] }
}
