import Foundation
import FiscalLinearAlgebra

/// Ordinary least squares of log(y) on an intercept and the logs of regressors, with the
/// usual OLS table and internally studentized residuals.
///
/// Method: coefficients from FiscalLinearAlgebra's rank-revealing least squares; the
/// covariance σ²(XᵀX)⁻¹ from a Cholesky factorization of the Gram matrix; leverages
/// hᵢᵢ = xᵢ(XᵀX)⁻¹xᵢᵀ; studentized residuals eᵢ / (σ√(1 − hᵢᵢ)).
///
/// Limits: every value must be positive (logs); at least p + 2 observations are required; a
/// rank-deficient design (e.g. a regressor constant across observations) is refused, not
/// answered with arbitrary coefficients.
public struct LogLogRegression: Sendable {
    public var terms: [String]
    public var coefficients: [Double]
    public var standardErrors: [Double]
    public var tValues: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }
    public var rSquared: Double
    public var adjustedRSquared: Double
    /// Residual standard error σ.
    public var sigma: Double
    public var observationCount: Int
    public var residuals: [Double]
    public var studentizedResiduals: [Double]
    public var fitted: [Double]

    /// Why a regression could not be fitted.
    public enum FitError: Error, Sendable, Hashable, CustomStringConvertible {
        case nonPositive(observation: Int, term: String, value: Double)
        case tooFewObservations(needed: Int, got: Int)
        case rankDeficient(rank: Int, columns: Int)
        case numerical(String)

        public var description: String {
            switch self {
            case .nonPositive(let i, let term, let value): "observation \(i + 1): \(term) = \(value) is not positive, its log is undefined"
            case .tooFewObservations(let needed, let got): "needs at least \(needed) observations, got \(got)"
            case .rankDeficient(let rank, let columns): "design matrix has rank \(rank) < \(columns) columns (a regressor is constant or collinear); no unique fit"
            case .numerical(let detail): "numerical failure: \(detail)"
            }
        }
    }

    /// Fits log(y) = b₀ + Σ bⱼ log(xⱼ).
    ///
    /// - Parameters:
    ///   - y: The response, positive.
    ///   - regressors: Named regressors, each positive and as long as `y`.
    /// - Throws: ``FitError``.
    /// - Complexity: O(n p²).
    public static func fit(y: [Double], regressors: [(name: String, values: [Double])]) throws(FitError) -> LogLogRegression {
        let n = y.count, p = regressors.count + 1
        guard n >= p + 2 else { throw .tooFewObservations(needed: p + 2, got: n) }
        for (i, v) in y.enumerated() where !(v > 0 && v.isFinite) { throw .nonPositive(observation: i, term: "y", value: v) }
        for r in regressors {
            for (i, v) in r.values.enumerated() where !(v > 0 && v.isFinite) { throw .nonPositive(observation: i, term: r.name, value: v) }
        }
        let logY = y.map { Foundation.log($0) }
        let columns = [Array(repeating: 1.0, count: n)] + regressors.map { $0.values.map { Foundation.log($0) } }
        do {
            let x = try Matrix(columns: columns)
            let solution = try x.leastSquares(logY)
            guard solution.hasFullColumnRank else { throw FitError.rankDeficient(rank: solution.rank, columns: p) }
            let beta = solution.solution.column(0)
            let fitted = try x.multiplied(by: beta)
            let residuals = zip(logY, fitted).map { $0 - $1 }
            let rss = residuals.reduce(0) { $0 + $1 * $1 }
            let mean = logY.reduce(0, +) / Double(n)
            let tss = logY.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let dof = Double(n - p)
            let sigma2 = rss / dof
            let inverse = try Cholesky(try x.gram()).inverse()
            let se = (0..<p).map { (sigma2 * inverse[$0, $0]).squareRoot() }
            var studentized: [Double] = []
            for i in 0..<n {
                var h = 0.0
                for a in 0..<p { for b in 0..<p { h += columns[a][i] * inverse[a, b] * columns[b][i] } }
                studentized.append(residuals[i] / (sigma2 * max(1 - h, 1e-12)).squareRoot())
            }
            let r2 = tss > 0 ? 1 - rss / tss : 0
            return LogLogRegression(
                terms: ["intercept"] + regressors.map { "log(\($0.name))" }, coefficients: beta, standardErrors: se,
                rSquared: r2, adjustedRSquared: 1 - (1 - r2) * Double(n - 1) / dof, sigma: sigma2.squareRoot(),
                observationCount: n, residuals: residuals, studentizedResiduals: studentized, fitted: fitted)
        } catch let error as FitError {
            throw error
        } catch {
            throw .numerical(String(describing: error))
        }
    }
}
