import Diagnostics
import Importing
import Loading

/// Proves a session's text verbatim: the characters of its Markdown (title, report, work plan; syntax and
/// white space left out) must be those of its source text, the text extracted from the report's PDF, with
/// page furniture taken out and broken lines rejoined by the importer's own rules. The first place where
/// they part is an error at that character of the Markdown, naming the line of the source.
public enum VerbatimCheck {
    /// How many characters of each side a diagnostic shows.
    static let excerptLength = 12

    public static func verify(_ loaded: LoadedSession, log: inout DiagnosticLog) {
        guard let source = loaded.source else { return }
        let theirs = RecordSourceCharacters(extractedText: source.file.text).characters
        guard !MarkdownRecordCharacters(loaded, locating: false).values.elementsEqual(theirs.lazy.map(\.value)) else { return }
        let located = MarkdownRecordCharacters(loaded, locating: true)
        let ours = zip(located.values, located.locations).map { (value: $0, location: $1) }
        let sourceName = loaded.session.metadata.source ?? "source"
        let common = zip(ours, theirs).prefix { $0.value == $1.value }.count

        func excerpt<S: Sequence>(_ values: S) -> String where S.Element == Character {
            String(values.prefix(excerptLength))
        }
        let sourceExcerpt = excerpt(theirs[common...].map(\.value))
        if common < ours.count && common < theirs.count {
            log.error("the text differs from its source: here the Markdown has «\(excerpt(ours[common...].map(\.value)))» "
                      + "where \(sourceName) line \(theirs[common].line) has «\(sourceExcerpt)»",
                      at: ours[common].location, rule: .textNotVerbatim)
        } else if common < ours.count {
            log.error("the source text ends before this: «\(excerpt(ours[common...].map(\.value)))» is not in \(sourceName) "
                      + "(its text ends at line \(theirs.last?.line ?? 1))", at: ours[common].location, rule: .textNotVerbatim)
        } else {
            let location = ours.last?.location ?? loaded.report.source.location(line: 1, byteColumn: 1)
            log.error("the text ends here, but \(sourceName) goes on at line \(theirs[common].line) with «\(sourceExcerpt)»",
                      at: location, rule: .textNotVerbatim)
        }
    }
}
