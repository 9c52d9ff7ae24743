import Testing
@testable import FiscalStatistics

@Suite struct ForecastBatchTests {
    static let panel: [AnnualSeries] = (0..<24).map { i in
        let values = (0..<(4 + i % 9)).map { t in 100 + Double(i) * 3 + Double(t) * Double(i % 5 - 2) + Double((t * 7 + i) % 5) }
        return try! AnnualSeries(startYear: 2010, values: values)
    }

    @Test func resultsDoNotDependOnThreadCount() throws {
        let one = BatchForecaster.forecast(Self.panel, horizon: 3, threads: 1)
        let four = BatchForecaster.forecast(Self.panel, horizon: 3, threads: 4)
        #expect(one.count == Self.panel.count)
        for (a, b) in zip(one, four) {
            let first = try a.get(), second = try b.get()
            #expect(first == second)
        }
    }

    @Test func aFailingSeriesDoesNotStopTheBatch() throws {
        let series = [try AnnualSeries(startYear: 2020, values: [1]), Self.panel[5]]
        let results = BatchForecaster.forecast(series, horizon: 2, threads: 2)
        #expect(throws: ForecastError.tooShort(method: "naive", needed: 2, got: 1)) { try results[0].get() }
        #expect(try results[1].get().horizon == 2)
    }
}
