import ContentHashing
import Foundation
import Incremental
import Loading

/// The keys of the build cache: what a session's outcome, and every page, is made from.
struct InputKeys {
    let options: BuildOptions
    let fileSystem: FileSystem

    /// The hash of everything every page may depend on besides the sessions: this program, the theme,
    /// the shared content files and the options.
    func sharedKey(loader: ContentLoader) -> String {
        var hash = ContentHash()
        hash.add(CacheEntry.formatVersion)
        hash.add(ProgramIdentity.current)
        for path in loader.sharedFiles {
            hash.add(path)
            hash.add((try? fileSystem.readFile(path)) ?? Data())
        }
        for path in ThemeFiles.all(in: options.themePath) {
            hash.add(path)
            hash.add((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        }
        hash.add(options.uiLanguage?.rawValue ?? "-")
        hash.add(options.baseURL ?? "-")
        hash.add(options.buildDate?.iso ?? "-")
        return hash.hex
    }

    /// The hash of a session's files, with the shared key.
    func sessionKey(_ files: SessionFiles, sharedKey: String) -> String {
        var hash = ContentHash()
        hash.add(sharedKey)
        hash.add(files.slug)
        for file in files.contents {
            hash.add(file.path)
            hash.add(file.data)
        }
        return hash.hex
    }
}
