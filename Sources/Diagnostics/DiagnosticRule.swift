/// The kind of a diagnostic, with a stable id that tools key on: GitHub annotations' titles, SARIF rules,
/// GitLab Code Quality's `check_name`. Several places in the code may report the same kind. Every id is
/// listed in the README ("Diagnostics and their rule ids"), and a test checks that the two lists agree.
///
/// An id, once published, does not change: CI systems track findings by it.
public enum DiagnosticRule: String, Sendable, Hashable, Codable, CaseIterable {
    // Files and folders
    case folderMissing = "folder-missing"
    case fileUnreadable = "file-unreadable"
    case encodingInvalid = "encoding-invalid"
    case symbolicLink = "symbolic-link"
    case outputRefused = "output-refused"
    case outputWriteFailed = "output-write-failed"
    case outputLocked = "output-locked"
    // Sessions and identifiers
    case identifierInvalid = "identifier-invalid"
    case identifierDuplicate = "identifier-duplicate"
    case reportMissing = "report-missing"
    case sourceMissing = "source-missing"
    case sourceInvalid = "source-invalid"
    case textNotVerbatim = "text-not-verbatim"
    // Front matter and YAML
    case frontMatterMissing = "front-matter-missing"
    case frontMatterUnclosed = "front-matter-unclosed"
    case yamlSyntax = "yaml-syntax"
    case yamlLimits = "yaml-limits"
    case yamlKey = "yaml-key"
    case keyDuplicate = "key-duplicate"
    case keyUnknown = "key-unknown"
    case keyMissing = "key-missing"
    case valueInvalid = "value-invalid"
    case valueRange = "value-range"
    case dateInvalid = "date-invalid"
    // The record's structure
    case headingInvalid = "heading-invalid"
    case headingOrder = "heading-order"
    case headingMissing = "heading-missing"
    case paragraphNumbering = "paragraph-numbering"
    case textOutsideParagraph = "text-outside-paragraph"
    case workPlanStructure = "work-plan-structure"
    // Links and references in the text
    case linkBroken = "link-broken"
    case referenceUnreadable = "reference-unreadable"
    case referenceOutOfRange = "reference-out-of-range"
    case referenceLinkingFailed = "reference-linking-failed"
    case participantUnknown = "participant-unknown"
    // Reference data
    case articlesInconsistent = "articles-inconsistent"
    case nameConflict = "name-conflict"
    case relatedEntryUnknown = "related-entry-unknown"
    // The theme
    case aknInvalid = "akn-invalid"
    case aknValidatorUnavailable = "akn-validator-unavailable"
    case templateMissing = "template-missing"
    case templateInvalid = "template-invalid"
    case stringMissing = "string-missing"
    case themeLoop = "theme-loop"
    // Importing
    case importReview = "import-review"

    /// The id tools show and key on.
    public var id: String { rawValue }

    /// One line saying what the rule is about (SARIF's `shortDescription`, the README's table).
    public var summary: String {
        switch self {
        case .folderMissing: "a content, theme or sessions folder does not exist"
        case .fileUnreadable: "a file or folder cannot be read"
        case .encodingInvalid: "a file is not valid UTF-8"
        case .symbolicLink: "a symbolic link in the content, which the build does not follow"
        case .outputRefused: "the command refuses to replace a folder or files it did not write"
        case .outputWriteFailed: "the site, its archive or a session's files cannot be written"
        case .outputLocked: "another build held the output folder's lock for too long"
        case .identifierInvalid: "an id (a participant's or a term's id, a session folder's name) breaks the rule: lowercase letters a–z and digits in words joined by single hyphens"
        case .identifierDuplicate: "an id or number is given twice"
        case .reportMissing: "a session folder without report.md"
        case .sourceMissing: "a session without its source text"
        case .sourceInvalid: "the source field is not a bare file name in the session folder, or the file is unreadable"
        case .textNotVerbatim: "a session's Markdown differs from its source text"
        case .frontMatterMissing: "a report without front matter"
        case .frontMatterUnclosed: "front matter that is never closed by '---'"
        case .yamlSyntax: "YAML that does not parse"
        case .yamlLimits: "YAML over the limits (aliases, size)"
        case .yamlKey: "a YAML mapping key that is not a string"
        case .keyDuplicate: "a key given twice in one mapping"
        case .keyUnknown: "a key the file does not have"
        case .keyMissing: "a required key is missing or empty"
        case .valueInvalid: "a value of the wrong type, or not one of the allowed values"
        case .valueRange: "a number out of its range"
        case .dateInvalid: "a date that does not exist, or a meeting that ends before it starts"
        case .headingInvalid: "a heading not written as the convention says (chapter '# 一. …', section '## A. …')"
        case .headingOrder: "a chapter or section out of order, or text before the first chapter"
        case .headingMissing: "a report's text without any chapter heading"
        case .paragraphNumbering: "a paragraph number repeated, skipped, out of order or unreadable"
        case .textOutsideParagraph: "text outside a numbered paragraph"
        case .workPlanStructure: "a work plan's headings, items or paragraph out of place"
        case .linkBroken: "a link in the record that points nowhere"
        case .referenceUnreadable: "a reference in the text that cannot be read"
        case .referenceOutOfRange: "an article or chapter the Convention does not have"
        case .referenceLinkingFailed: "the references of a text could not be linked"
        case .participantUnknown: "a participant's name that is not in the registry"
        case .articlesInconsistent: "the Convention's chapters and articles (reference/articles.yml) do not agree"
        case .nameConflict: "a name or term claimed by two entries"
        case .relatedEntryUnknown: "a glossary entry related to an entry that does not exist"
        case .aknInvalid: "a session's Akoma Ntoso file is not valid against the schema given to check --akn-schema"
        case .aknValidatorUnavailable: "check --akn-schema cannot validate: the schema file or xmllint is missing, or xmllint failed"
        case .templateMissing: "the theme has no such template"
        case .templateInvalid: "a template that does not parse"
        case .stringMissing: "an interface string missing in a language"
        case .themeLoop: "a theme that extends itself"
        case .importReview: "a place where the importer chose between readings: review it"
        }
    }
}
