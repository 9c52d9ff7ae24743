// Regression workload: OLS with full inference on a tall design.
import FiscalLinearAlgebra
import FiscalStatistics
import Foundation

enum RegressionBench {
    static func run(_ arguments: [String]) throws {
        let m = arguments.first.flatMap { Int($0) } ?? 1_000_000
        let n = arguments.dropFirst().first.flatMap { Int($0) } ?? 20
        let (x, y) = tallProblem(rows: m, columns: n)
        // n − 1 predictors plus the intercept: n parameters, as in the peers' run.
        var columns: [(name: String, values: RegressionData.Column)] = [("y", .numeric(y))]
        for j in 1..<n { columns.append(("x\(j)", .numeric(x.column(j)))) }
        let data = try RegressionData(columns: columns)
        let spec = ModelSpecification(response: "y", terms: (1..<n).map { .numeric("x\($0)") })
        var result: RegressionResult? = nil
        let seconds = try fastest(3) { result = try LinearRegression.fit(spec, data: data) }
        guard let result else { return }
        emit([("workload", "\"ols\""), ("rows", "\(m)"), ("parameters", "\(n)"), ("threads", "\(BLASThreads.count)"),
              ("seconds", "\(seconds)"), ("r_squared", "\(result.rSquared)"),
              ("first_slope", "\(result.coefficients[1].estimate)"),
              ("first_slope_se", "\(result.coefficients[1].standardError)")])
    }
}
