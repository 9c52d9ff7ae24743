/// What to fit: response, terms, weights, fixed effects, covariance and missing-value handling.
public struct ModelSpecification: Sendable, Equatable {
    /// The response column.
    public var response: String
    /// The right-hand side terms, in order.
    public var terms: [ModelTerm]
    /// Whether the model has an intercept (absorbed by fixed effects when there are any).
    public var hasIntercept: Bool
    /// A column of positive weights for weighted least squares.
    public var weights: String?
    /// Up to two columns whose levels are absorbed as fixed effects (entity, time).
    public var fixedEffects: [String]
    /// The covariance estimator of the coefficients.
    public var covariance: CovarianceKind
    /// What to do with rows that have a missing value in a used column.
    public var missingValues: MissingValuePolicy

    public init(
        response: String, terms: [ModelTerm], hasIntercept: Bool = true, weights: String? = nil,
        fixedEffects: [String] = [], covariance: CovarianceKind = .nonrobust,
        missingValues: MissingValuePolicy = .drop
    ) {
        self.response = response
        self.terms = terms
        self.hasIntercept = hasIntercept
        self.weights = weights
        self.fixedEffects = fixedEffects
        self.covariance = covariance
        self.missingValues = missingValues
    }

    /// Every column the model reads.
    public var columnNames: [String] {
        var names = [response] + terms.flatMap(\.columnNames) + fixedEffects
        if let weights { names.append(weights) }
        if case let .clustered(column) = covariance { names.append(column) }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

/// Rows with a missing value in a used column are either dropped (and counted) or an error.
public enum MissingValuePolicy: String, Sendable, Equatable, CaseIterable {
    /// Drop incomplete rows; the count is reported in the result.
    case drop
    /// Stop with ``RegressionError/missingValue(column:row:)`` at the first missing value.
    case raise
}

/// The estimator of the coefficients' covariance matrix.
public enum CovarianceKind: Sendable, Equatable, CustomStringConvertible {
    /// σ²·(XᵀWX)⁻¹.
    case nonrobust
    /// White's heteroskedasticity-consistent estimator, HC0.
    case hc0
    /// HC0 scaled by n/(n − k).
    case hc1
    /// HC0 with squared residuals divided by 1 − hᵢ.
    case hc2
    /// HC0 with squared residuals divided by (1 − hᵢ)².
    case hc3
    /// Cluster-robust by the levels of a column, with the G/(G−1)·(n−1)/(n−k) correction.
    case clustered(by: String)

    public var description: String {
        switch self {
        case .nonrobust: "nonrobust"
        case .hc0: "HC0"
        case .hc1: "HC1"
        case .hc2: "HC2"
        case .hc3: "HC3"
        case let .clustered(column): "cluster(\(column))"
        }
    }
}
