import Model

/// What `rapporteur build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var themePath: String
    public var outputPath: String
    /// Overrides the site configuration's interface language.
    public var uiLanguage: UILanguage?
    /// Treat warnings as errors.
    public var strict: Bool

    public init(contentPath: String = "Content", themePath: String = "Themes/default", outputPath: String = "Public",
                uiLanguage: UILanguage? = nil, strict: Bool = false) {
        self.contentPath = contentPath
        self.themePath = themePath
        self.outputPath = outputPath
        self.uiLanguage = uiLanguage
        self.strict = strict
    }
}
