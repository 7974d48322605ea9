/// One meeting's record: a folder `Content/sessions/<slug>/` with its report and, when one was adopted,
/// its work plan.
public struct Session: Sendable, Hashable, Codable {
    /// The folder name, which is also the session's URL segment.
    public var slug: String
    public var metadata: SessionMetadata
    public var report: Report
    public var workPlan: WorkPlan?
    /// The report file's path as given to the build, for diagnostics.
    public var reportPath: String

    public init(slug: String, metadata: SessionMetadata, report: Report, workPlan: WorkPlan?, reportPath: String) {
        self.slug = slug
        self.metadata = metadata
        self.report = report
        self.workPlan = workPlan
        self.reportPath = reportPath
    }
}
