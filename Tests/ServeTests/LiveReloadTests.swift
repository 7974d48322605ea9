import Diagnostics
import Testing
@testable import Serving

@Suite("Serve: the generation pages wait for")
struct LiveReloadTests {
    @Test func anOlderGenerationIsAnsweredAtOnce() async {
        let liveReload = LiveReload()
        await liveReload.publish(failure: nil)
        let state = await liveReload.state(after: 1, timeout: .seconds(30))
        #expect(state == LiveReload.State(generation: 2, failure: nil))
    }

    @Test func aWaitingPageHearsOfTheNextBuild() async {
        let liveReload = LiveReload()
        async let answer = liveReload.state(after: 1, timeout: .seconds(30))
        try? await Task.sleep(for: .milliseconds(100))
        let log = DiagnosticLog([.error("broken", at: SourceLocation(path: "report.md"), rule: .paragraphNumbering)])
        await liveReload.publish(failure: log)
        #expect(await answer == LiveReload.State(generation: 2, failure: log))
    }

    @Test func withoutABuildTheSameGenerationAfterTheTimeout() async {
        let liveReload = LiveReload()
        let clock = ContinuousClock()
        let start = clock.now
        let state = await liveReload.state(after: 1, timeout: .milliseconds(200))
        #expect(state.generation == 1)
        #expect(clock.now - start >= .milliseconds(200))
    }

    @Test func closingAnswersEveryWaitingPage() async {
        let liveReload = LiveReload()
        async let answer = liveReload.state(after: 1, timeout: .seconds(30))
        try? await Task.sleep(for: .milliseconds(100))
        await liveReload.close()
        #expect(await answer.generation == 1)
        #expect(await liveReload.state(after: 1, timeout: .seconds(30)).generation == 1, "and at once after closing")
    }
}
