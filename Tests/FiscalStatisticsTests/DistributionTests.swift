import Foundation
import Testing
@testable import FiscalStatistics

/// One reference value from `Fixtures/distributions.json` (Scripts/reference/distributions.py:
/// scipy, cross-checked against 50-digit mpmath).
struct DistributionCase: Decodable, Sendable, CustomTestStringConvertible {
    var distribution: String
    var parameters: [Double]
    var function: String
    var argument: Double
    /// The 50-digit mpmath value rounded to double.
    var mpmath: Double
    var scipy: Double
    /// Whether scipy matches mpmath to 1e-13 relative.
    var scipyAgrees: Bool

    var testDescription: String { "\(distribution)\(parameters).\(function)(\(argument))" }
}

struct DistributionFixture: Decodable {
    var relativeTolerance: Double
    var cases: [DistributionCase]

    static func load() throws -> DistributionFixture {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/distributions", withExtension: "json"))
        return try JSONDecoder().decode(DistributionFixture.self, from: Data(contentsOf: url))
    }
}

func makeDistribution(_ name: String, _ parameters: [Double]) throws -> any ContinuousDistribution {
    switch name {
    case "normal": return Normal.standard
    case "t": return try StudentT(degreesOfFreedom: parameters[0])
    case "chi2": return try ChiSquared(degreesOfFreedom: parameters[0])
    case "f":
        return try FisherF(numeratorDegreesOfFreedom: parameters[0], denominatorDegreesOfFreedom: parameters[1])
    default: throw DistributionError(parameter: name, value: 0, requirement: "unknown distribution")
    }
}

func evaluate(_ distribution: any ContinuousDistribution, _ function: String, _ x: Double) -> Double {
    switch function {
    case "cdf": distribution.cdf(x)
    case "sf": distribution.survival(x)
    case "quantile": distribution.quantile(x)
    case "isf": distribution.inverseSurvival(x)
    default: .nan
    }
}

func relativeError(_ actual: Double, _ expected: Double) -> Double {
    if actual == expected { return 0 }
    return abs(actual - expected) / abs(expected)
}

@Suite("Distributions against scipy and mpmath")
struct DistributionTests {
    @Test("every reference value within 1e-12 relative", arguments: ["normal", "t", "chi2", "f"])
    func referenceValues(distribution: String) throws {
        let fixture = try DistributionFixture.load()
        let cases = fixture.cases.filter { $0.distribution == distribution }
        #expect(cases.count > 50)
        var worst = 0.0
        for c in cases {
            let d = try makeDistribution(c.distribution, c.parameters)
            let actual = evaluate(d, c.function, c.argument)
            var error = relativeError(actual, c.mpmath)
            if c.scipyAgrees { error = max(error, relativeError(actual, c.scipy)) }
            worst = max(worst, error)
            #expect(error <= fixture.relativeTolerance, "\(c.testDescription): \(actual) vs \(c.mpmath)")
        }
        print("\(distribution): \(cases.count) values, worst relative error \(worst)")
    }

    @Test("quantile inverts cdf and inverseSurvival inverts survival")
    func roundTrip() throws {
        let distributions: [any ContinuousDistribution] = [
            Normal.standard, try StudentT(degreesOfFreedom: 7), try ChiSquared(degreesOfFreedom: 3),
            try FisherF(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 12),
        ]
        for d in distributions {
            for p in [1e-15, 0.01, 0.2, 0.5, 0.8, 0.99] {
                #expect(relativeError(d.cdf(d.quantile(p)), p) < 1e-12, "\(d) p=\(p)")
                #expect(relativeError(d.survival(d.inverseSurvival(p)), p) < 1e-12, "\(d) q=\(p)")
            }
        }
    }

    @Test("two-sided t critical value at 5% for 10 df")
    func knownCriticalValue() throws {
        // Printed tables: t(0.975; 10) = 2.228139 (to 6 places).
        let t = try StudentT(degreesOfFreedom: 10)
        #expect(abs(t.quantile(0.975) - 2.228_138_851_986_274) < 1e-12)
        #expect(abs(2 * t.survival(2.228_138_851_986_274) - 0.05) < 1e-14)
    }

    @Test("invalid parameters are typed errors", arguments: [0.0, -1.0, Double.nan])
    func invalidParameters(value: Double) {
        #expect(throws: DistributionError.self) { try StudentT(degreesOfFreedom: value) }
        #expect(throws: DistributionError.self) { try ChiSquared(degreesOfFreedom: value) }
        #expect(throws: DistributionError.self) {
            try FisherF(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: value)
        }
        #expect(throws: DistributionError.self) { try Normal(mean: 0, standardDeviation: value) }
    }

    @Test("probabilities outside [0, 1] give nan; edges give the support's ends")
    func edges() throws {
        let t = try StudentT(degreesOfFreedom: 3)
        #expect(t.quantile(1.5).isNaN)
        #expect(t.quantile(0) == -.infinity)
        #expect(t.quantile(1) == .infinity)
        let chi = try ChiSquared(degreesOfFreedom: 2)
        #expect(chi.quantile(0) == 0)
        #expect(chi.cdf(-1) == 0)
        #expect(chi.survival(.infinity) == 0)
        #expect(try StudentT(degreesOfFreedom: .infinity).cdf(1.96) == Normal.standard.cdf(1.96))
    }
}
