import Foundation
import Testing
@testable import FiscalStatistics

/// numpy/scipy reference values in `Fixtures/robust.json`.
struct RobustFixture: Decodable {
    struct Sample: Decodable, Sendable {
        var name: String
        var values: [Double]
        var quantiles: [String: Double]
        var median: Double
        var mad_normal: Double
        var mad_raw: Double
    }
    var samples: [Sample]

    static func load() throws -> RobustFixture {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/robust", withExtension: "json"))
        return try JSONDecoder().decode(RobustFixture.self, from: Data(contentsOf: url))
    }
}

@Suite("Robust statistics")
struct RobustStatisticsTests {
    @Test("quantiles, median and MAD match numpy and scipy")
    func reference() throws {
        let fixture = try RobustFixture.load()
        #expect(fixture.samples.count == 4)
        for sample in fixture.samples {
            for (key, expected) in sample.quantiles {
                let p = try #require(Double(key))
                let actual = try RobustStatistics.quantile(sample.values, p)
                #expect(abs(actual - expected) <= 1e-12 * max(1, abs(expected)), "\(sample.name) q\(key)")
            }
            #expect(try RobustStatistics.median(sample.values) == sample.median)
            let mad = try RobustStatistics.medianAbsoluteDeviation(sample.values)
            #expect(abs(mad - sample.mad_normal) <= 1e-12 * max(1, sample.mad_normal), "\(sample.name)")
            let raw = try RobustStatistics.medianAbsoluteDeviation(sample.values, scale: 1)
            #expect(abs(raw - sample.mad_raw) <= 1e-12 * max(1, sample.mad_raw))
        }
    }

    @Test("robust z-scores flag the outlier; a constant majority gives no scale")
    func zScores() throws {
        let z = try #require(try RobustStatistics.robustZScores([10, 11, 9, 10, 12, 8, 100]))
        // median 10, |dev| = 0,1,1,0,2,2,90 → raw MAD 1, scaled 1.4826.
        #expect(abs(z[6] - 90 / RobustStatistics.normalConsistency) < 1e-12)
        #expect(abs(z[0]) < 1e-15)
        #expect(try RobustStatistics.robustZScores([5, 5, 5, 5, 9]) == nil)
    }

    @Test("Tukey fences from type-7 quartiles")
    func fences() throws {
        let fences = try RobustStatistics.tukeyFences([1, 2, 3, 4, 5, 6, 7, 8, 9])
        // Q1 = 3, Q3 = 7, IQR = 4.
        #expect(fences.lower == -3)
        #expect(fences.upper == 13)
    }

    @Test("bad samples are typed errors")
    func errors() {
        #expect(throws: RobustStatisticsError.emptySample) { try RobustStatistics.median([]) }
        #expect(throws: RobustStatisticsError.nonFiniteValue(index: 1)) {
            try RobustStatistics.median([1, .nan, 3])
        }
        #expect(throws: RobustStatisticsError.probabilityOutOfRange(1.5)) {
            try RobustStatistics.quantile([1, 2], 1.5)
        }
    }
}
