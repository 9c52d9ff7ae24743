import Testing
@testable import FiscalStatistics

@Suite struct ForecastBacktestTests {
    @Test func driftWinsOnAStraightLine() throws {
        let series = try AnnualSeries(startYear: 2000, values: (0..<12).map { 5 + 1.5 * Double($0) })
        let report = Backtest.evaluate(series, methods: [.naive, .drift], horizon: 2, minimumTraining: 4)
        #expect(report.best == .drift)
        let drift = try #require(report.scores.first { $0.method == .drift })
        #expect(drift.mase < 1e-9)
        #expect(drift.origins == 8)
        let naive = try #require(report.scores.first { $0.method == .naive })
        // Naive is off by 1.5 and 3 against a naive scale of 1.5: mean MASE 1.5 (one-step-only last origin: 1).
        #expect(abs(naive.mase - (7 * 1.5 + 1) / 8) < 1e-9)
    }

    @Test func backtestMethodChoosesAndSaysSo() throws {
        let series = try AnnualSeries(startYear: 2000, values: (0..<12).map { 5 + 1.5 * Double($0) })
        let f = try Forecaster.forecast(series, horizon: 2, method: .backtest)
        #expect(f.notes.contains { $0.hasPrefix("backtest chose") })
        #expect(abs(f.mean[0] - 23) < 0.1, "the next point on the line")
    }

    @Test func tooShortToBacktestFallsBackToAuto() throws {
        let series = try AnnualSeries(startYear: 2000, values: [3, 4, 5, 7])
        let f = try Forecaster.forecast(series, horizon: 1, method: .backtest)
        #expect(f.method == "Theta")
    }
}
