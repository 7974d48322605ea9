/// Two views whose members a template sees side by side, as one object: a page that shows a shared
/// part (a chapter's body, a work plan's body) with its own values around it.
struct Merged<Shared: Codable & Sendable, Own: Codable & Sendable>: Codable, Sendable {
    var shared: Shared
    var own: Own

    init(_ shared: Shared, _ own: Own) {
        self.shared = shared
        self.own = own
    }

    init(from decoder: any Decoder) throws {
        shared = try Shared(from: decoder)
        own = try Own(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try shared.encode(to: encoder)
        try own.encode(to: encoder)
    }
}
