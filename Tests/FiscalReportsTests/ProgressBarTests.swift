import Testing
@testable import FiscalReports

@Suite struct ProgressBarTests {
    @Test func lineShowsDoneRateAndETA() {
        #expect(ProgressBar.line(done: 40, total: 100, elapsed: 4, width: 10)
            == "[####------] 40/100 docs  10.0 docs/s  ETA 6s")
        #expect(ProgressBar.line(done: 5, total: 5, elapsed: 2, width: 4) == "[####] 5/5 docs  2.5 docs/s  done")
    }

    @Test func durations() {
        #expect(ProgressBar.duration(75) == "1m15s")
        #expect(ProgressBar.duration(4.2) == "4s")
        #expect(ProgressBar.duration(.infinity) == "?")
    }

    @Test func disabledBarCountsSilently() {
        let bar = ProgressBar(total: 3, isEnabled: false)
        bar.advance(); bar.advance()
        bar.finish()
    }
}
