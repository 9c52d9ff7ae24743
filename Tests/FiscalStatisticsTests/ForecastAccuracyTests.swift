import Testing
import FiscalStatistics

@Suite struct ForecastAccuracyTests {
    @Test func sMAPEByHand() throws {
        // 200·|100 − 110|/210 and 200·|50 − 40|/90.
        let value = try #require(ForecastAccuracy.sMAPE(actual: [100, 50], forecast: [110, 40]))
        #expect(abs(value - (2000.0 / 210 + 2000.0 / 90) / 2) < 1e-12)
        #expect(ForecastAccuracy.sMAPE(actual: [0], forecast: [0]) == 0)
        #expect(ForecastAccuracy.sMAPE(actual: [], forecast: []) == nil)
    }

    @Test func maseScalesByTheInSampleNaiveError() throws {
        // History changes 2, 2, 2 → scale 2; errors 1 and 3 → MASE (1 + 3)/2/2 = 1.
        let value = try #require(ForecastAccuracy.mase(actual: [9, 11], forecast: [8, 8], history: [1, 3, 5, 7]))
        #expect(abs(value - 1) < 1e-12)
        #expect(ForecastAccuracy.mase(actual: [1], forecast: [1], history: [4, 4, 4]) == nil)
    }

    @Test func coverageCountsHits() {
        #expect(ForecastAccuracy.coverage(actual: [1, 5, 9], lower: [0, 0, 0], upper: [2, 4, 10]) == 2.0 / 3)
    }
}
