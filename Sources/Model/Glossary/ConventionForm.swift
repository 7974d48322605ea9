/// The form the Convention's authentic Chinese text uses for a term, when the record writes the term
/// another way (the record's 两国公认犯罪 is 双重犯罪 in article 43(2)), with the place it is written.
public struct ConventionForm: Sendable, Hashable {
    /// Where in the Convention the form is written.
    public enum Place: Sendable, Hashable {
        case preamble
        /// An article, and the paragraph of it when the form is in one paragraph (43(2)).
        case article(Int, paragraph: Int?)
    }

    public var zh: String
    public var place: Place

    public init(zh: String, place: Place) {
        self.zh = zh
        self.place = place
    }
}
