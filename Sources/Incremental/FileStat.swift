#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What `lstat` says of a regular file: its size, its modification time in nanoseconds and its inode.
/// When all three are those recorded when the build wrote the file, the file is taken to be unchanged
/// without reading it (as make and git do); otherwise its bytes are hashed (`PreviousOutput`).
public struct FileStat: Equatable, Sendable {
    public var size: Int64
    /// Nanoseconds since 1970 (as precise as the file system keeps them).
    public var modified: Int64
    public var inode: UInt64

    /// The stat of the file at `path`; nil if there is none, or it is not a regular file (a folder, or a
    /// symbolic link, which is not followed).
    public static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStat(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                        inode: UInt64(info.st_ino))
    }
}
