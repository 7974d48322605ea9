import Foundation
import Linking

/// A file of the generated site: its path in the site and its bytes.
public struct OutputFile: Sendable, Hashable {
    public let path: SitePath
    public let contents: Data

    public init(path: SitePath, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: SitePath, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
