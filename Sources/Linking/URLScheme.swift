/// Where each page of the site lives. This is a contract with readers: a published path never changes.
public enum URLScheme {
    public static let home = SitePath("index.html")
    public static let stylesheet = SitePath("assets/style.css")

    public static func sessionFolder(_ slug: String) -> String { "sessions/\(slug)" }

    public static func session(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/index.html") }

    public static func chapter(_ slug: String, _ number: Int) -> SitePath {
        SitePath("sessions/\(slug)/chapter-\(number).html")
    }

    public static func fullReport(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/full.html") }

    public static func workPlan(_ slug: String) -> SitePath { SitePath("sessions/\(slug)/work-plan.html") }

    /// The fragment of a chapter's heading on the full report page.
    public static func chapterAnchor(_ number: Int) -> String { "chapter-\(number)" }

    /// An asset of the theme, by its path inside the theme's `assets/` folder.
    public static func asset(_ name: String) -> SitePath { SitePath("assets/\(name)") }
}
