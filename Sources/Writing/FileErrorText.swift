import Foundation

/// What went wrong with a file, in words a reader understands: the system's own message for the error
/// underneath (`No space left on device`, `Permission denied`) and the file, rather than Foundation's
/// `The operation could not be completed (NSCocoaErrorDomain error 512.)`.
public enum FileErrorText {
    public static func describe(_ error: any Error) -> String {
        let error = error as NSError
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        let reason = posix.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
            ?? error.localizedDescription as String
        guard let file = error.userInfo[NSFilePathErrorKey] as? String ?? (error.userInfo[NSURLErrorKey] as? URL)?.path else { return reason }
        return "\(reason) (\(file))"
    }
}
