import Foundation
import FiscalLinearAlgebra

/// Ordinary and weighted least squares with fixed effects and robust covariances.
///
/// ## Method
/// The design is built from the terms (treatment-coded categoricals, products for interactions,
/// powers of the centered and scaled variable for `poly`), fixed effects are absorbed by the
/// within transformation, and the least-squares problem is solved by
/// ``FiscalLinearAlgebra/RefinedLeastSquares`` (centering, power-of-two scaling, pivoted QR or
/// Cholesky, and iterative refinement with residuals in extended precision). For `poly` terms the
/// powers of the centered, scaled variable are the working basis, with the residuals computed
/// from those powers held in extended precision, and the binomial expansion (also in extended
/// precision) maps coefficients and covariances to x, x², … in the original scale. Columns that are
/// linear combinations of earlier ones are reported as aliased, as R does.
public enum LinearRegression {
    /// Fits `specification` to `data`.
    ///
    /// - Parameters:
    ///   - specification: Response, terms, intercept, weights, fixed effects, covariance,
    ///     missing-value policy.
    ///   - data: The table.
    /// - Returns: The full result: coefficients with inference, fit statistics, residual
    ///   diagnostics, and notes.
    /// - Throws: ``RegressionError`` naming the column, term or row that prevents the fit.
    /// - Complexity: O(n·k²) for n rows and k design columns.
    public static func fit(_ specification: ModelSpecification, data: RegressionData) throws(RegressionError) -> RegressionResult {
        try fit(specification, data: data, distributions: .standard)
    }

    static func fit(
        _ spec: ModelSpecification, data: RegressionData, distributions: InferenceDistributions
    ) throws(RegressionError) -> RegressionResult {
        guard spec.fixedEffects.count <= 2 else {
            throw .unsupported("at most two fixed-effect columns (entity and time) are supported, got \(spec.fixedEffects.count)")
        }
        let design = try DesignMatrix(specification: spec, data: data)
        let n = design.rows.count
        let weights = design.weights
        var x = design.matrix
        var exact = design.exactColumns
        var y = design.response
        var within: WithinTransformation? = nil
        let aliasTolerance = 1e-10
        if !spec.fixedEffects.isEmpty {
            let transformation = WithinTransformation(
                labels: spec.fixedEffects.map { ($0, design.groupLabels[$0] ?? []) })
            try transformation.apply(design: &x, response: &y, weights: weights, aliasTolerance: aliasTolerance)
            for (j, column) in exact {
                var values = column
                // Columns the effects absorbed were zeroed in the rounded design; follow suit.
                if x.column(j).allSatisfy({ $0 == 0 }) {
                    values = Array(repeating: 0, count: values.count)
                } else if !transformation.demean(&values, weights: weights) {
                    throw .numerical("fixed-effect demeaning of design column \(j + 1) did not converge")
                }
                exact[j] = values
            }
            within = transformation
        }
        guard x.columnCount > 0 else { throw .invalidTerm(term: "", reason: "the model has no terms and no intercept") }
        let solution: RefinedLeastSquares
        do {
            // With poly() terms the centered powers, held in extended precision, are the working
            // basis; the binomial map reports coefficients for powers of the original variable.
            let transform = exact.isEmpty ? nil : PolynomialBackTransform(design: design).extendedMatrix(order: x.columnCount)
            solution = try RefinedLeastSquares(
                design: x, response: y, weights: weights,
                options: .init(interceptColumn: design.interceptColumn, aliasTolerance: aliasTolerance),
                exactColumns: exact, transform: transform)
        } catch {
            throw .numerical(error.description)
        }
        let absorbed = within?.absorbedDegreesOfFreedom ?? 0
        let parameterCount = solution.rank + absorbed
        let residualDF = n - parameterCount
        guard residualDF > 0 else { throw .tooFewObservations(observations: n, parameters: parameterCount) }

        let coefficients = solution.coefficients
        let map = solution.coefficientMap

        let rss = solution.weightedResidualSumOfSquares
        let sigmaSquared = rss / Double(residualDF)
        let rootWeights = weights?.map { $0.squareRoot() }
        let weightedResiduals = solution.residuals.indices.map { solution.residuals[$0] * (rootWeights?[$0] ?? 1) }
        let v = solution.orthonormalDesign ?? Matrix(rowCount: n, columnCount: 0)
        var leverage: [Double]? = Self.rowSquaredNorms(v)
        if let within {
            if let extra = within.leverage(weights: weights) {
                leverage = zip(leverage!, extra).map { $0 + $1 }
            } else {
                leverage = nil
            }
        }
        let estimator = CovarianceEstimator(
            map: map, orthonormal: v, residuals: weightedResiduals, sigmaSquared: sigmaSquared,
            residualDegreesOfFreedom: residualDF, leverage: leverage)
        var clusterLabels: [String]? = nil
        if case let .clustered(column) = spec.covariance { clusterLabels = design.groupLabels[column] }
        let (covariance, groups) = try estimator.covariance(spec.covariance, clusterLabels: clusterLabels, rows: design.rows)
        let inferenceDF = groups.map { $0 - 1 } ?? residualDF

        let hasConstant = design.interceptColumn != nil || within != nil
        let summary = Summary(
            response: design.response, weights: weights, rss: rss, n: n, residualDF: residualDF,
            parameterCount: parameterCount, hasConstant: hasConstant)
        let kept = Set(solution.keptColumns)
        var table: [RegressionResult.Coefficient] = []
        var reported = covariance
        let tCritical = distributions.studentTQuantile.map { $0(0.975, Double(inferenceDF)) }
        for (j, name) in design.names.enumerated() {
            guard kept.contains(j) else {
                table.append(.init(name: name, estimate: .nan, standardError: .nan, tStatistic: .nan,
                                   pValue: nil, confidenceInterval: nil, isAliased: true))
                for k in 0..<reported.columnCount { reported[j, k] = .nan; reported[k, j] = .nan }
                continue
            }
            let estimate = coefficients[j]
            let se = covariance[j, j].squareRoot()
            let t = estimate / se
            let p = distributions.studentTSurvival.map { 2 * $0(abs(t), Double(inferenceDF)) }
            let interval = tCritical.map { (estimate - $0 * se)...(estimate + $0 * se) }
            table.append(.init(name: name, estimate: estimate, standardError: se, tStatistic: t,
                               pValue: p, confidenceInterval: interval, isAliased: false))
        }
        let tested = design.names.indices.filter { kept.contains($0) && $0 != design.interceptColumn }
        let f = waldStatistic(coefficients: coefficients, covariance: covariance, indices: tested)
        let fP = f.flatMap { value in distributions.fSurvival.map { $0(value, Double(tested.count), Double(inferenceDF)) } }

        var withinR2: Double? = nil
        if within != nil {
            let tss = y.indices.reduce(0.0) { $0 + (weights?[$1] ?? 1) * y[$1] * y[$1] }
            withinR2 = tss > 0 ? 1 - rss / tss : nil
        }
        let sigma = sigmaSquared.squareRoot()
        var studentized: [Double]? = nil, cooks: [Double]? = nil
        if let leverage {
            studentized = (0..<n).map { weightedResiduals[$0] / (sigma * (1 - leverage[$0]).squareRoot()) }
            cooks = (0..<n).map { i in
                let s = studentized![i]
                return s * s * leverage[i] / (1 - leverage[i]) / Double(parameterCount)
            }
        }
        var notes: [String] = []
        if design.droppedRowCount > 0 {
            notes.append("\(design.droppedRowCount) row\(design.droppedRowCount == 1 ? "" : "s") with missing values dropped")
        }
        let aliased = table.filter(\.isAliased).map(\.name)
        if !aliased.isEmpty {
            notes.append("aliased (linear combinations of earlier terms, not estimated): \(aliased.joined(separator: ", "))")
        }
        if !solution.hasConverged {
            notes.append("iterative refinement did not reach full precision; the design is very ill-conditioned (κ ≈ \(String(format: "%.2g", solution.scaledConditionNumber)))")
        }
        if within != nil && spec.hasIntercept { notes.append("intercept absorbed by the fixed effects") }
        return RegressionResult(
            method: weights == nil ? "OLS" : "WLS", responseName: spec.response, coefficients: table,
            referenceLevels: design.referenceLevels.map { .init(column: $0.column, level: $0.level) },
            fixedEffects: (within?.names ?? []).enumerated().map { .init(column: $0.element, levelCount: within!.groupCounts[$0.offset]) },
            covarianceKind: spec.covariance, covarianceMatrix: reported, confidenceLevel: 0.95,
            observationCount: n, droppedRowCount: design.droppedRowCount,
            modelDegreesOfFreedom: parameterCount - (hasConstant ? 1 : 0), residualDegreesOfFreedom: residualDF,
            inferenceDegreesOfFreedom: inferenceDF, clusterCount: groups,
            rSquared: summary.rSquared, adjustedRSquared: summary.adjustedRSquared, isRSquaredUncentered: !hasConstant,
            withinRSquared: withinR2, fStatistic: f, fNumeratorDegreesOfFreedom: tested.count, fPValue: fP,
            logLikelihood: summary.logLikelihood, aic: summary.aic, bic: summary.bic,
            residualSumOfSquares: rss, residualStandardError: sigma,
            conditionNumber: solution.designConditionNumber,
            residuals: solution.residuals,
            fittedValues: zip(design.response, solution.residuals).map { $0 - $1 },
            leverage: leverage, studentizedResiduals: studentized, cooksDistance: cooks,
            usedRows: design.rows.map { $0 + 1 }, notes: notes)
    }

    /// Σⱼ vᵢⱼ² for every row i (the leverages when V has orthonormal columns).
    static func rowSquaredNorms(_ v: Matrix) -> [Double] {
        var result = [Double](repeating: 0, count: v.rowCount)
        v.elements.withUnsafeBufferPointer { p in
            for j in 0..<v.columnCount {
                let base = j * v.rowCount
                for i in 0..<v.rowCount { result[i] += p[base + i] * p[base + i] }
            }
        }
        return result
    }

    /// βᵀ·C⁻¹·β / q over `indices` (nil when there is nothing to test or C is singular).
    static func waldStatistic(coefficients: [Double], covariance: Matrix, indices: [Int]) -> Double? {
        guard !indices.isEmpty else { return nil }
        var c = Matrix(rowCount: indices.count, columnCount: indices.count)
        for (a, i) in indices.enumerated() { for (b, j) in indices.enumerated() { c[a, b] = covariance[i, j] } }
        let beta = indices.map { coefficients[$0] }
        guard let solved = try? c.cholesky().solve(Matrix(column: beta)) else { return nil }
        return zip(beta, solved.elements).reduce(0) { $0 + $1.0 * $1.1 } / Double(indices.count)
    }
}

/// Goodness-of-fit figures in statsmodels' conventions.
struct Summary {
    var rSquared: Double
    var adjustedRSquared: Double
    var logLikelihood: Double
    var aic: Double
    var bic: Double

    init(response y: [Double], weights: [Double]?, rss: Double, n: Int, residualDF: Int, parameterCount: Int, hasConstant: Bool) {
        let totalWeight = weights?.reduce(0, +) ?? Double(n)
        let mean = hasConstant ? y.indices.reduce(0.0) { $0 + (weights?[$1] ?? 1) * y[$1] } / totalWeight : 0
        let tss = y.indices.reduce(0.0) { $0 + (weights?[$1] ?? 1) * (y[$1] - mean) * (y[$1] - mean) }
        rSquared = 1 - rss / tss
        adjustedRSquared = 1 - Double(n - (hasConstant ? 1 : 0)) / Double(residualDF) * (1 - rSquared)
        let half = Double(n) / 2
        var llf = -Foundation.log(rss) * half - (1 + Foundation.log(Double.pi / half)) * half
        if let weights { llf += 0.5 * weights.reduce(0) { $0 + Foundation.log($1) } }
        logLikelihood = llf
        aic = -2 * llf + 2 * Double(parameterCount)
        bic = -2 * llf + Foundation.log(Double(n)) * Double(parameterCount)
    }
}
