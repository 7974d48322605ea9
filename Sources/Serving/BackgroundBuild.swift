import Dispatch
import Pipeline

/// Runs a build on a thread of its own: a build is seconds of synchronous work, which must not hold one
/// of the few threads that answer requests meanwhile.
enum BackgroundBuild {
    static func run(_ builder: SiteBuilder) async -> Result<BuildResult, BuildFailure> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(BuildFailure) in try builder.build() })
            }
        }
    }
}
