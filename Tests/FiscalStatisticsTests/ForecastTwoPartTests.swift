import Testing
@testable import FiscalStatistics

@Suite struct ForecastTwoPartTests {
    @Test func outboundTravelAfterItStopsForecastsNearZero() throws {
        // Outbound travel 2013–2019, then nothing from 2020 on.
        let series = try AnnualSeries(startYear: 2013, values: [8.2, 7.5, 6.9, 7.1, 6.4, 6.8, 6.2, 0, 0, 0])
        let f = try Forecaster.forecast(series, horizon: 2)
        #expect(f.method == "two-part")
        #expect(f.mean[0] < 0.4 * 6.5, "mostly zero recently: well below the usual size")
        #expect(f.mean[0] > 0)
        let i95 = try #require(f.interval(at: 95))
        #expect(i95.lower[0] == 0)
        #expect(i95.upper[0] > 5)
    }

    @Test func theExpectedValueIsProbabilityTimesSize() throws {
        let y: [Double] = [0, 10, 0, 10, 0, 10]
        let f = try TwoPartForecast.forecast(y, horizon: 1, levels: [80], startYear: 2020)
        // Replay TSB with a = 0.3 from p = 1/6 and the first non-zero size.
        var p = 1.0 / 6
        for value in y { p += 0.3 * ((value != 0 ? 1 : 0) - p) }
        #expect(abs(f.mean[0] - 10 * p) < 1e-12)
    }

    @Test func allZeroForecastsZero() throws {
        let f = try Forecaster.forecast(AnnualSeries(startYear: 2015, values: [0, 0, 0, 0]), horizon: 3)
        #expect(f.mean == [0, 0, 0])
        #expect(f.intervals.allSatisfy { $0.upper == [0, 0, 0] })
    }

    @Test func mixtureQuantileHasAZeroAtom() {
        #expect(TwoPartForecast.mixtureQuantile(0.3, p: 0.5, size: 10, spread: 2) == 0)
        let median = TwoPartForecast.mixtureQuantile(0.75, p: 0.5, size: 10, spread: 2)
        #expect(abs(median - 10) < 1e-6, "the middle of the non-zero part is its mean")
    }
}
