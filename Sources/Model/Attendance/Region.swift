/// A United Nations regional group of Member States, as the Department for General Assembly and
/// Conference Management lists them, in its order; `participants.yml` gives each State its group (`region: african`).
public enum Region: String, Sendable, Hashable, CaseIterable, Codable {
    case african
    case asiaPacific = "asia-pacific"
    case easternEuropean = "eastern-european"
    case latinAmericanCaribbean = "latin-american-caribbean"
    case westernEuropeanOther = "western-european-other"

    /// The key of its name in the interface strings (`region_african` …).
    public var labelKey: String { "region_\(keyStem)" }
    /// The key of its short name, for charts (`region_short_african` …).
    public var shortLabelKey: String { "region_short_\(keyStem)" }

    private var keyStem: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }
}
