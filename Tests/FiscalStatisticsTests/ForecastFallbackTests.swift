import Testing
@testable import FiscalStatistics

@Suite struct ForecastFallbackTests {
    @Test func refusesASinglePoint() throws {
        let series = try AnnualSeries(startYear: 2020, values: [5])
        #expect(throws: ForecastError.tooShort(method: "naive", needed: 2, got: 1)) {
            try Forecaster.forecast(series, horizon: 2)
        }
    }

    @Test func twoPointsGiveANaiveForecastWithAWideInterval() throws {
        let series = try AnnualSeries(startYear: 2020, values: [100, 110])
        let f = try Forecaster.forecast(series, horizon: 2)
        #expect(f.method == "naive")
        #expect(f.mean == [110, 110])
        let interval = try #require(f.interval(at: 95))
        // σ = |110 − 100| = 10 with one degree of freedom: ±t(0.975, 1)·10 = ±127.06.
        #expect(abs(interval.upper[0] - (110 + 12.706204736174707 * 10)) < 1e-6)
        #expect(interval.lower[0] == 0, "floored at zero")
        #expect(f.notes.contains { $0.contains("naive") })
    }

    @Test("3–5 points use the Theta method", arguments: [3, 4, 5])
    func shortSeriesUseTheta(count: Int) throws {
        let series = try AnnualSeries(startYear: 2015, values: (0..<count).map { 50 + 3 * Double($0) })
        let f = try Forecaster.forecast(series, horizon: 3)
        #expect(f.method == "Theta")
        #expect(f.mean.allSatisfy { $0 > 50 })
    }

    @Test func moneyForecastsAreNeverNegative() throws {
        let series = try AnnualSeries(startYear: 2010, values: [90, 75, 61, 48, 36, 25, 14, 6])
        let f = try Forecaster.forecast(series, horizon: 5, method: .holt)
        #expect(f.mean.allSatisfy { $0 >= 0 })
        #expect(f.intervals.allSatisfy { $0.lower.allSatisfy { $0 >= 0 } })
        #expect(f.notes.contains("negative values floored at 0"))
        let signed = try Forecaster.forecast(series, horizon: 5, method: .holt, options: .init(isNonNegative: false))
        #expect(signed.mean.last! < 0)
    }

    @Test func rejectsNonFiniteAndGappedInput() {
        #expect(throws: ForecastError.nonFiniteValue(year: 2021)) { try AnnualSeries(startYear: 2020, values: [1, .nan]) }
        #expect(throws: ForecastError.missingYear(2019)) { try AnnualSeries(years: [2018, 2020], values: [1, 2]) }
        #expect(throws: ForecastError.duplicateYear(2018)) { try AnnualSeries(years: [2018, 2018], values: [1, 2]) }
    }

    @Test func sortsYearsGivenOutOfOrder() throws {
        let series = try AnnualSeries(years: [2021, 2019, 2020], values: [3, 1, 2])
        #expect(series.startYear == 2019)
        #expect(series.values == [1, 2, 3])
    }
}
