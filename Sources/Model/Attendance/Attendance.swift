import Diagnostics

/// The category of an attendance list as the report states it: 《公约》缔约国, 政府间组织 …
public struct AttendanceCategory: Sendable, Hashable, Codable {
    /// As the record writes it.
    public var zh: String
    /// The UN's English wording, when the category is known (`reference/attendance-categories.yml`).
    public var en: String?

    public init(zh: String, en: String?) {
        self.zh = zh
        self.en = en
    }
}

/// One attendance paragraph of a report: a category and who attended under it.
public struct AttendanceList: Sendable, Hashable, Codable {
    public var sessionSlug: String
    public var paragraph: Int
    public var category: AttendanceCategory
    public var entries: [AttendanceEntry]

    public init(sessionSlug: String, paragraph: Int, category: AttendanceCategory, entries: [AttendanceEntry]) {
        self.sessionSlug = sessionSlug
        self.paragraph = paragraph
        self.category = category
        self.entries = entries
    }
}

/// A name in an attendance list, with the participant it denotes when the registry knows it.
public struct AttendanceEntry: Sendable, Hashable, Codable {
    /// As written in the list.
    public var name: String
    public var participantID: String?
    public var location: SourceLocation

    public init(name: String, participantID: String?, location: SourceLocation) {
        self.name = name
        self.participantID = participantID
        self.location = location
    }
}

/// A category's English wording, by its Chinese wording.
public struct AttendanceCategoryNames: Sendable, Hashable {
    public var english: [String: String]

    public init(english: [String: String]) {
        self.english = english
    }

    public static let empty = AttendanceCategoryNames(english: [:])
}
