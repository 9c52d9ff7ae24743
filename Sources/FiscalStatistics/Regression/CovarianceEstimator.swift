import FiscalLinearAlgebra

/// Sandwich covariance estimators on the orthonormalized design.
///
/// With `V = A·R⁻¹` the orthonormalized weighted design and `M` the map with `β = M·Vᵀ·b`, every
/// estimator is `M·(meat)·Mᵀ`: the nonrobust one with `meat = σ²·I`, HC0–HC3 with
/// `meat = Vᵀ·diag(ωᵢ)·V`, and the clustered one with `meat = Σ_g s_g·s_gᵀ`, `s_g = Σ_{i∈g} Vᵢ·uᵢ`.
/// Working in V keeps the meat well conditioned even when the raw design is not.
struct CovarianceEstimator {
    let map: Matrix
    let orthonormal: Matrix
    /// Weighted residuals √wᵢ·eᵢ.
    let residuals: [Double]
    let sigmaSquared: Double
    let residualDegreesOfFreedom: Int
    let leverage: [Double]?

    func covariance(_ kind: CovarianceKind, clusterLabels: [String]?, rows: [Int]) throws(RegressionError) -> (matrix: Matrix, groups: Int?) {
        let m = residuals.count
        let r = orthonormal.columnCount
        var meat = Matrix(rowCount: r, columnCount: r)
        var factor = 1.0
        var groupCount: Int? = nil
        switch kind {
        case .nonrobust:
            meat = sigmaSquared * Matrix.identity(r)
        case .hc0, .hc1, .hc2, .hc3:
            var omega = residuals.map { $0 * $0 }
            if kind == .hc1 { factor = Double(m) / Double(residualDegreesOfFreedom) }
            if kind == .hc2 || kind == .hc3 {
                guard let leverage else { throw .unsupported("\(kind) needs leverages, which two-way fixed effects do not provide; use HC0, HC1 or clustered") }
                for i in 0..<m {
                    let complement = 1 - leverage[i]
                    guard complement > 1e-12 else {
                        throw .numerical("\(kind) is undefined: row \(rows[i] + 1) has leverage 1")
                    }
                    omega[i] /= kind == .hc2 ? complement : complement * complement
                }
            }
            var scaled = orthonormal
            for j in 0..<r { for i in 0..<m { scaled[i, j] *= omega[i].squareRoot() } }
            meat = try wrap { () throws(LinearAlgebraError) in try scaled.gram() }
        case .clustered:
            guard let labels = clusterLabels else { throw .unsupported("clustered covariance needs a cluster column") }
            var index: [String: Int] = [:]
            let codes = labels.map { label in
                if let code = index[label] { return code }
                index[label] = index.count
                return index.count - 1
            }
            let g = index.count
            guard g >= 2 else { throw .unsupported("clustered covariance needs at least 2 clusters, found \(g)") }
            var scores = Matrix(rowCount: g, columnCount: r)
            for j in 0..<r { for i in 0..<m { scores[codes[i], j] += orthonormal[i, j] * residuals[i] } }
            meat = try wrap { () throws(LinearAlgebraError) in try scores.gram() }
            let n = Double(m), k = Double(m - residualDegreesOfFreedom)
            factor = Double(g) / Double(g - 1) * (n - 1) / (n - k)
            groupCount = g
        }
        let sandwich = try wrap { () throws(LinearAlgebraError) in
            try (map * meat).multiplied(by: map, transposingOther: true)
        }
        return (factor * sandwich, groupCount)
    }
}

/// Runs a linear-algebra step, turning its error into a regression error.
func wrap<T>(_ body: () throws(LinearAlgebraError) -> T) throws(RegressionError) -> T {
    do { return try body() } catch { throw .numerical(error.description) }
}
