import FiscalLinearAlgebra

/// A fitted linear model with its full statistical summary.
///
/// Statistics follow the conventions of statsmodels' `OLS`/`WLS` results, so figures can be
/// compared one to one; where fixed effects are absorbed, counts of parameters include the
/// absorbed levels, exactly as a regression with one dummy per level would report them.
public struct RegressionResult: Sendable {
    /// One coefficient row.
    public struct Coefficient: Sendable, Equatable {
        /// The design column's name, for example `"log(population)"` or `"C(region)[T.east]"`.
        public var name: String
        /// The estimate (NaN when aliased).
        public var estimate: Double
        /// Its standard error under ``RegressionResult/covarianceKind``.
        public var standardError: Double
        /// estimate / standard error.
        public var tStatistic: Double
        /// Two-sided p-value; nil when the t distribution is not available.
        public var pValue: Double?
        /// Confidence interval at ``RegressionResult/confidenceLevel``; nil without the t quantile.
        public var confidenceInterval: ClosedRange<Double>?
        /// Whether the column is a linear combination of earlier ones (estimate and SE are NaN).
        public var isAliased: Bool
    }

    /// A categorical column's reference level (absent from the dummies).
    public struct ReferenceLevel: Sendable, Equatable {
        /// The categorical column.
        public var column: String
        /// The level absorbed into the intercept.
        public var level: String
    }

    /// One set of absorbed fixed effects.
    public struct FixedEffect: Sendable, Equatable {
        /// The column whose levels are absorbed.
        public var column: String
        /// The number of distinct levels on the used rows.
        public var levelCount: Int
    }

    /// "OLS" or "WLS".
    public var method: String
    /// The response column.
    public var responseName: String
    /// One row per design column, in design order (aliased ones included and flagged).
    public var coefficients: [Coefficient]
    /// Reference level of every categorical term.
    public var referenceLevels: [ReferenceLevel]
    /// Absorbed fixed effects.
    public var fixedEffects: [FixedEffect]
    /// The covariance estimator behind the standard errors.
    public var covarianceKind: CovarianceKind
    /// The coefficients' covariance matrix (aliased rows and columns are NaN).
    public var covarianceMatrix: Matrix
    /// The confidence level of the intervals, 0.95.
    public var confidenceLevel: Double

    /// The number of rows used.
    public var observationCount: Int
    /// Rows dropped for missing values.
    public var droppedRowCount: Int
    /// Non-aliased coefficients besides the intercept, plus absorbed fixed-effect levels minus one.
    public var modelDegreesOfFreedom: Int
    /// n − (non-aliased coefficients + absorbed fixed-effect levels).
    public var residualDegreesOfFreedom: Int
    /// The degrees of freedom of t and F tests (G − 1 for clustered covariance).
    public var inferenceDegreesOfFreedom: Int
    /// The number of clusters, for clustered covariance.
    public var clusterCount: Int?

    /// R², centered unless the model has neither intercept nor fixed effects (then 1 − RSS/Σwy²).
    public var rSquared: Double
    /// 1 − (n − c)/df_resid · (1 − R²), c = 1 with an intercept or fixed effects, else 0.
    public var adjustedRSquared: Double
    /// Whether ``rSquared`` is the uncentered 1 − RSS/Σwy².
    public var isRSquaredUncentered: Bool
    /// R² of the within-transformed model (fixed-effect models only).
    public var withinRSquared: Double?
    /// Wald F statistic of all non-intercept coefficients under the chosen covariance.
    public var fStatistic: Double?
    /// The number of coefficients the F test covers.
    public var fNumeratorDegreesOfFreedom: Int
    /// P(F > f) with (q, ``inferenceDegreesOfFreedom``) degrees of freedom.
    public var fPValue: Double?
    /// Gaussian log-likelihood (with ½Σlog w for WLS), as statsmodels computes it.
    public var logLikelihood: Double
    /// −2·llf + 2k, k counting absorbed fixed-effect levels.
    public var aic: Double
    /// −2·llf + log(n)·k.
    public var bic: Double
    /// Σ wᵢ·eᵢ².
    public var residualSumOfSquares: Double
    /// √(RSS / df_resid).
    public var residualStandardError: Double
    /// The 2-norm condition number of the (weighted) design as given, as statsmodels reports it.
    public var conditionNumber: Double

    /// Residuals yᵢ − ŷᵢ on the used rows (unweighted).
    public var residuals: [Double]
    /// ŷᵢ on the used rows.
    public var fittedValues: [Double]
    /// Diagonal of the hat matrix; nil for two-way fixed effects.
    public var leverage: [Double]?
    /// Internally studentized residuals eᵢ·√wᵢ / (σ·√(1 − hᵢ)).
    public var studentizedResiduals: [Double]?
    /// Cook's distance, studentized² · h/(1 − h) / k.
    public var cooksDistance: [Double]?
    /// The 1-based table rows the fit used.
    public var usedRows: [Int]
    /// Remarks a reader should see (dropped rows, aliased terms, limited accuracy).
    public var notes: [String]

    /// The names of aliased coefficients.
    public var aliasedTerms: [String] { coefficients.filter(\.isAliased).map(\.name) }

    /// The coefficient named `name`, if any.
    public func coefficient(_ name: String) -> Coefficient? { coefficients.first { $0.name == name } }
}
