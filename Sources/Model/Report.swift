import Diagnostics

/// The body of a session report: chapters, sections and numbered paragraphs, as the record numbers them.
public struct Report: Sendable, Hashable, Codable {
    public var chapters: [Chapter]

    public init(chapters: [Chapter]) {
        self.chapters = chapters
    }

    public var paragraphs: [Paragraph] { chapters.flatMap(\.allParagraphs) }

    /// Which paragraphs each chapter holds, as text (`1: 1,2,3; 2: 4,5`): what pages linking to paragraphs
    /// depend on (a paragraph's permalink is on its chapter's page). The build cache hashes it.
    public var paragraphLayout: String {
        chapters.map { chapter in "\(chapter.number): " + chapter.allParagraphs.map { String($0.number) }.joined(separator: ",") }
            .joined(separator: "; ")
    }

    /// The chapter that holds paragraph `number`.
    public func chapter(containing number: Int) -> Chapter? {
        chapters.first { chapter in chapter.allParagraphs.contains { $0.number == number } }
    }
}

/// A chapter of a report (一. 导言): its heading as written, and its paragraphs, some grouped in sections.
public struct Chapter: Sendable, Hashable, Codable {
    /// The chapter's position in the report, 1-based (一 is 1).
    public var number: Int
    /// The label as written: 一, 二 …
    public var label: String
    /// The title after the label: 导言.
    public var title: String
    public var location: SourceLocation
    /// Paragraphs before the first section, or all of them when the chapter has no sections.
    public var paragraphs: [Paragraph]
    public var sections: [Section]

    public init(number: Int, label: String, title: String, location: SourceLocation,
                paragraphs: [Paragraph] = [], sections: [Section] = []) {
        self.number = number
        self.label = label
        self.title = title
        self.location = location
        self.paragraphs = paragraphs
        self.sections = sections
    }

    /// The heading as the record prints it: `一. 导言`.
    public var heading: String { "\(label). \(title)" }

    public var allParagraphs: [Paragraph] { paragraphs + sections.flatMap(\.paragraphs) }

    /// The paragraph numbers the chapter spans, when it has any.
    public var paragraphRange: ClosedRange<Int>? {
        let numbers = allParagraphs.map(\.number)
        guard let first = numbers.min(), let last = numbers.max() else { return nil }
        return first...last
    }
}

/// A section of a chapter (A. 会议开幕).
public struct Section: Sendable, Hashable, Codable {
    /// The label as written: A, B …
    public var label: String
    public var title: String
    public var location: SourceLocation
    public var paragraphs: [Paragraph]

    public init(label: String, title: String, location: SourceLocation, paragraphs: [Paragraph] = []) {
        self.label = label
        self.title = title
        self.location = location
        self.paragraphs = paragraphs
    }

    public var heading: String { "\(label). \(title)" }

    /// The fragment identifier of the section's heading on its chapter page.
    public var anchor: String { "section-\(label.lowercased())" }
}

/// A numbered paragraph: the unit in which the UN cites its records ("para. 25").
public struct Paragraph: Sendable, Hashable, Codable {
    public var number: Int
    public var location: SourceLocation
    /// The paragraph's text as a reader sees it, without markup.
    public var text: String

    public init(number: Int, location: SourceLocation, text: String) {
        self.number = number
        self.location = location
        self.text = text
    }

    /// The fragment identifier of the paragraph: `p25`.
    public var anchor: String { Paragraph.anchor(for: number) }

    public static func anchor(for number: Int) -> String { "p\(number)" }
}
