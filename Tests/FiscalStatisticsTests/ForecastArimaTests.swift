import Foundation
import Testing
@testable import FiscalStatistics

/// ARIMA against statsmodels `ARIMA` fits of fixed orders (fixture from `Fixtures/arima_reference.py`).
@Suite struct ForecastArimaTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var id: String
        var p: Int, d: Int, q: Int
        var constant: Bool
        var y: [Double]
        var ar: [Double], ma: [Double]
        var mean: Double?
        var sigma2: Double
        var loglik: Double
        var forecast: [Double], lower95: [Double], upper95: [Double]
        var testDescription: String { "\(id) ARIMA(\(p),\(d),\(q))" }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "arima_reference", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let cases = try? JSONDecoder().decode([Case].self, from: data) else { return [] }
        return cases
    }()

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func fixtureLoads() { #expect(Self.cases.count == 6) }

    @Test(arguments: cases) func matchesStatsmodels(_ c: Case) throws {
        let model = try ArimaModel.fit(c.y, p: c.p, d: c.d, q: c.q, includesConstant: c.constant)
        // The likelihood is the sharpest check: the optimum must be at least as good and equal.
        #expect(Self.close(model.logLikelihood, c.loglik, 1e-6), "loglik \(model.logLikelihood) vs \(c.loglik)")
        for (a, b) in zip(model.ar + model.ma, c.ar + c.ma) { #expect(abs(a - b) <= 1e-3, "coefficient \(a) vs \(b)") }
        if let mean = c.mean { #expect(Self.close(model.mean ?? .nan, mean, 1e-3)) }
        #expect(Self.close(model.sigma2, c.sigma2, 1e-3))
        let path = model.forecast(horizon: 6)
        for step in 0..<6 {
            let sd = path.variance[step].squareRoot()
            #expect(Self.close(path.mean[step], c.forecast[step], 1e-4), "step \(step + 1) mean")
            #expect(Self.close(path.mean[step] - 1.959963984540054 * sd, c.lower95[step], 1e-3), "step \(step + 1) lower")
            #expect(Self.close(path.mean[step] + 1.959963984540054 * sd, c.upper95[step], 1e-3), "step \(step + 1) upper")
        }
    }

    @Test func stationarityTransformStaysInside() {
        // Partial autocorrelations in (−1, 1) give a stationary AR(2): |φ₂| < 1, φ₁ ± φ₂ < 1.
        let phi = ArmaKalman.constrain([3, -5])
        let (phi1, phi2) = (phi[0], phi[1])
        #expect(abs(phi2) < 1)
        #expect(phi1 + phi2 < 1)
        #expect(phi2 - phi1 < 1)
    }

    @Test func kpssDifferencesATrend() {
        let trend: [Double] = (0..<30).map { (t: Int) -> Double in
            let wiggle = Double(t % 3) - 1
            return 100 + 5 * Double(t) + wiggle
        }
        #expect(ArimaModel.differencingOrder(trend) >= 1)
        let noise: [Double] = (0..<30).map { (t: Int) -> Double in 98 + Double((t * 7) % 5) }
        #expect(ArimaModel.differencingOrder(noise) == 0)
    }

    @Test func methodIsRegisteredAndFloorsMoney() throws {
        #expect(try ForecastMethod(parsing: "ARIMA") == .arima)
        let falling = try AnnualSeries(startYear: 2010, values: (0..<12).map { 100 - 9 * Double($0) })
        let forecast = try Forecaster.forecast(falling, horizon: 5, method: .arima)
        #expect(forecast.method.hasPrefix("ARIMA("))
        #expect(forecast.mean.allSatisfy { $0 >= 0 })
        #expect(forecast.mean.count == 5 && forecast.intervals.count == 2)
    }

    @Test func rejectsTooShortAndBadOrders() {
        #expect(throws: ForecastError.self) { try ArimaModel.auto([1, 2, 3, 4]) }
        #expect(throws: ForecastError.self) { try ArimaModel.fit([1, 2, 3, 4, 5, 6], p: 4, d: 0, q: 0, includesConstant: true) }
        #expect(throws: ForecastError.self) { try ArimaModel.fit([1, 2, .nan, 4, 5, 6], p: 1, d: 0, q: 0, includesConstant: true) }
    }
}
