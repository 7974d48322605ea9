/// A name or title in the record's two languages: Chinese as the source gives it, English as the UN writes it.
public struct BilingualText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: UILanguage) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }
}
