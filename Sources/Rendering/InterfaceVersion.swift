import Linking
import Model

/// One interface language of the site and the folder its pages are in: the first language at the root
/// (`""`), each other one in its own folder (`en/`). Every page exists in each version, at the same path
/// inside the version's folder, so links within a version are the same relative links.
public struct InterfaceVersion: Sendable, Hashable {
    public let language: UILanguage
    public let folder: String

    public init(language: UILanguage, folder: String) {
        self.language = language
        self.folder = folder
    }

    /// The versions of a site: its first interface language at the root, then the others.
    public static func all(of site: SiteConfiguration) -> [InterfaceVersion] {
        [InterfaceVersion(language: site.uiLanguage, folder: "")]
            + site.otherUILanguages.map { InterfaceVersion(language: $0, folder: $0.folder) }
    }

    /// Where a page of this version is in the output.
    public func place(_ path: SitePath) -> SitePath { folder.isEmpty ? path : SitePath(folder + path.value) }
}
