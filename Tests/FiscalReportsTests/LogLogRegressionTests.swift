import Foundation
import Testing
@testable import FiscalReports

@Suite struct LogLogRegressionTests {
    func csv(_ name: String) throws -> [[String]] {
        try fixtureText("regression/\(name)").split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    /// Against statsmodels OLS (Fixtures/regression/generate.py), relative tolerance 1e-9.
    @Test func matchesStatsmodels() throws {
        let rows = try csv("loglog.csv")
        let y = rows.map { Double($0[0])! }, population = rows.map { Double($0[1])! }, staff = rows.map { Double($0[2])! }
        let expected = Dictionary(uniqueKeysWithValues: try csv("loglog-expected.csv").map { ($0[0], Double($0[1])!) })
        let fit = try LogLogRegression.fit(y: y, regressors: [("population", population), ("staff", staff)])
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
        for (i, name) in ["intercept", "population", "staff"].enumerated() {
            #expect(close(fit.coefficients[i], expected["coef_\(name)"]!), "coefficient \(name)")
            #expect(close(fit.standardErrors[i], expected["se_\(name)"]!), "standard error \(name)")
        }
        #expect(close(fit.rSquared, expected["r2"]!))
        #expect(close(fit.adjustedRSquared, expected["adj_r2"]!))
        #expect(close(fit.sigma, expected["sigma"]!))
        for i in y.indices { #expect(close(fit.studentizedResiduals[i], expected["student_\(i)"]!), "studentized residual \(i)") }
        #expect(fit.studentizedResiduals.indices.filter { abs(fit.studentizedResiduals[$0]) > 2 } == [3], "the planted outlier")
    }

    @Test func rankDeficientDesignIsRefused() {
        #expect(throws: LogLogRegression.FitError.rankDeficient(rank: 2, columns: 3)) {
            try LogLogRegression.fit(y: [1, 2, 3, 4, 5], regressors: [("a", [1, 2, 4, 8, 16]), ("b", [2, 4, 8, 16, 32])])
        }
    }

    @Test func nonPositiveAndTooFewAreRefusedWithTheTerm() {
        #expect(throws: LogLogRegression.FitError.nonPositive(observation: 1, term: "staff", value: 0)) {
            try LogLogRegression.fit(y: [1, 2, 3, 4, 5], regressors: [("staff", [1, 0, 3, 4, 5])])
        }
        #expect(throws: LogLogRegression.FitError.tooFewObservations(needed: 5, got: 4)) {
            try LogLogRegression.fit(y: [1, 2, 3, 4], regressors: [("a", [1, 2, 3, 4]), ("b", [1, 3, 2, 4])])
        }
    }
}
