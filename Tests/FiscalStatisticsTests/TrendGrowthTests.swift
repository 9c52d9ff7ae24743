import Foundation
import Testing
@testable import FiscalStatistics

@Suite struct TrendGrowthTests {
    @Test func yearOverYearChangeAndPercent() throws {
        let changes = GrowthMeasures.yearOverYear(try AnnualSeries(startYear: 2019, values: [100, 110, 0, 5]))
        #expect(changes.map(\.year) == [2020, 2021, 2022])
        #expect(changes.map(\.change) == [10, -110, 5])
        #expect(changes[0].percent == 10)
        #expect(changes[1].percent == -100)
        #expect(changes[2].percent == nil, "no percentage from a zero base")
    }

    @Test func compoundAnnualGrowth() throws {
        let cagr = try GrowthMeasures.compoundAnnualGrowth(AnnualSeries(startYear: 2015, values: [100, 90, 130, 121]))
        #expect(abs(cagr - 100 * (pow(1.21, 1.0 / 3) - 1)) < 1e-12)
        #expect(throws: ForecastError.notApplicable(method: "CAGR", reason: "first and last values must be positive")) {
            try GrowthMeasures.compoundAnnualGrowth(AnnualSeries(startYear: 2015, values: [0, 90]))
        }
    }

    @Test func sharesOfEachYearAddUpTo100() throws {
        let series = [
            KeyedSeries(key: ["A"], series: try AnnualSeries(startYear: 2020, values: [30, 10]), notes: []),
            KeyedSeries(key: ["B"], series: try AnnualSeries(startYear: 2020, values: [70, 30]), notes: []),
        ]
        let shares = GrowthMeasures.shares(series)
        #expect(shares.count == 4)
        for year in [2020, 2021] {
            let total = shares.filter { $0.year == year }.compactMap(\.percent).reduce(0, +)
            #expect(abs(total - 100) < 1e-12)
        }
        #expect(shares.first { $0.key == ["B"] && $0.year == 2021 }?.percent == 75)
    }

    @Test func knownBreaksForAMetric() {
        let breaks = KnownBreak.breaks(for: "sangong_vehicle_operation", within: 2012...2022)
        #expect(breaks.map(\.id) == ["austerity-rules", "budget-law", "vehicle-reform", "institutional-reform"])
        #expect(KnownBreak.breaks(for: "sangong_outbound", within: 2016...2022).map(\.year) == [2019, 2020])
    }
}
