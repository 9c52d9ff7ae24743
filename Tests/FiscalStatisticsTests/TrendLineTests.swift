import Foundation
import Testing
@testable import FiscalStatistics

/// Trend lines against statsmodels OLS (fixture from `Fixtures/trend_reference.py`).
@Suite struct TrendLineTests {
    struct Line: Decodable {
        var scale: String
        var level: Double
        var `break`: Int?
        var slope, se, lower, upper, r2: Double
        var shift: Double?
    }
    struct Reference: Decodable { var years: [Int]; var y: [Double]; var lines: [Line] }

    static let reference: Reference? = {
        guard let url = Bundle.module.url(forResource: "trend_reference", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Reference.self, from: data)
    }()

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("slope, SE and interval match statsmodels", arguments: 0..<5)
    func matchesStatsmodels(index: Int) throws {
        let reference = try #require(Self.reference)
        let line = reference.lines[index]
        let series = try AnnualSeries(years: reference.years, values: reference.y)
        let fit = try TrendLine.fit(series, scale: line.scale == "linear" ? .linear : .logarithmic, level: line.level,
                                    structuralBreak: line.break.map { BreakTreatment(year: $0, mode: .levelShift) })
        #expect(Self.close(fit.slope, line.slope))
        #expect(Self.close(fit.slopeStandardError, line.se))
        #expect(Self.close(fit.slopeInterval.lowerBound, line.lower))
        #expect(Self.close(fit.slopeInterval.upperBound, line.upper))
        #expect(Self.close(fit.rSquared, line.r2))
        if let shift = line.shift { #expect(Self.close(try #require(fit.levelShift), shift)) }
    }

    @Test func logLinearGrowthIsExpOfTheSlope() throws {
        let series = try AnnualSeries(startYear: 2015, values: (0..<6).map { 100 * pow(1.07, Double($0)) })
        let fit = try TrendLine.fit(series, scale: .logarithmic)
        #expect(abs(fit.growthPercent - 7) < 1e-9)
        #expect(fit.slopeStandardError < 1e-12)
    }

    @Test func excludingTheBreakFitsTheNewRegimeOnly() throws {
        // Flat at 50 until 2015, then a clean line 20, 22, 24, 26 from 2016.
        let series = try AnnualSeries(startYear: 2012, values: [50, 50, 50, 50, 20, 22, 24, 26])
        let fit = try TrendLine.fit(series, structuralBreak: BreakTreatment(year: 2016, mode: .exclude))
        #expect(fit.count == 4)
        #expect(abs(fit.slope - 2) < 1e-12)
        #expect(fit.breakYear == 2016)
    }

    @Test func refusesLogOfNonPositiveValuesAndTooFewYears() throws {
        #expect(throws: ForecastError.notApplicable(method: "log-linear trend", reason: "values must be positive")) {
            try TrendLine.fit(AnnualSeries(startYear: 2020, values: [1, 0, 2]), scale: .logarithmic)
        }
        #expect(throws: ForecastError.tooShort(method: "linear trend", needed: 3, got: 2)) {
            try TrendLine.fit(AnnualSeries(startYear: 2020, values: [1, 2]))
        }
    }
}
