/// Weighted linear least squares accurate to the last digits the data allow, with aliased
/// (linearly dependent) columns detected and reported.
///
/// ## Method
/// 1. **Centering and scaling.** When an intercept column is named, every other column is
///    centered on its (weighted) mean; every column is then scaled by a power of two close to its
///    norm, so scaling itself is exact. This is a change of basis `β = T·γ`, applied exactly in
///    the other direction; it removes the ill-conditioning that comes from large means
///    (years, populations, powers of x) before anything is factored.
/// 2. **Factorization.** The centered, scaled, weighted design `A` (m×n) is factored by
///    QR with column pivoting (LAPACK `dgeqp3`), whose diagonal gives the numerical rank. When
///    the rank is short, columns are taken in their given order and a column is *aliased* when its
///    distance from the span of the earlier kept columns is below `aliasTolerance` (relative to
///    its own norm), as R's `lm` does; aliased columns get coefficient 0 and are listed. For tall
///    designs (m ≥ 10,000 and m ≥ 4n) whose scaled condition number is at most 10⁴, the
///    Cholesky factor of `AᵀA` (BLAS `dsyrk`, LAPACK `dpotrf`) replaces QR: it is an order of
///    magnitude cheaper and, with step 3, equally accurate at that conditioning.
/// 3. **Iterative refinement in extended precision.** The solution is refined with Björck's
///    method on the augmented system `[I A; Aᵀ 0]·[r; γ] = [b; 0]`: each step computes the
///    residuals `f = b − r − A·γ` and `g = −Aᵀ·r` in `Float80` directly from the *original*
///    data and coefficients (not from the rounded centered copy), and solves for the correction
///    with the factorization. The factorization is therefore only a preconditioner: the fixed
///    point is the least-squares solution of the original problem, and the steps converge
///    while `κ(A)·ε` (QR) or `κ(A)²·ε` (Cholesky) is well below 1. Coefficients are held in
///    `Float80` between steps and rounded once at the end.
///
/// ## Limits
/// Accuracy is bounded by the conditioning of the *centered, scaled* design, not of the raw one.
/// Refinement stops after `maximumRefinementSteps` or when a step no longer halves the
/// correction; ``hasConverged`` reports whether the last correction was at double precision.
/// On platforms without `Float80` (arm64), residuals are accumulated in `Double`, which limits
/// the gain of refinement.
public struct RefinedLeastSquares: Sendable {
    /// How the centered, scaled design is factored.
    public enum Factorization: String, Sendable {
        /// Cholesky of the Gram matrix for tall, well-conditioned designs, pivoted QR otherwise.
        case automatic
        /// QR with column pivoting (`dgeqp3`).
        case pivotedQR
        /// Cholesky of `AᵀA` (`dsyrk` + `dpotrf`); falls back to QR when not safe.
        case cholesky
    }

    /// Settings of the solve.
    public struct Options: Sendable {
        /// The index of a constant column (the intercept); the other columns are centered on it.
        /// Ignored when that column is not constant and nonzero.
        public var interceptColumn: Int?
        /// A column whose distance from the span of the earlier kept columns is below this
        /// fraction of its norm is aliased.
        public var aliasTolerance: Double
        /// The most refinement steps taken.
        public var maximumRefinementSteps: Int
        /// The factorization to use.
        public var factorization: Factorization
        /// Whether to keep the m×r orthonormalized design (`A·R⁻¹`), needed for leverage and
        /// robust covariances.
        public var keepsOrthonormalDesign: Bool

        public init(
            interceptColumn: Int? = nil, aliasTolerance: Double = 1e-10, maximumRefinementSteps: Int = 10,
            factorization: Factorization = .automatic, keepsOrthonormalDesign: Bool = true
        ) {
            self.interceptColumn = interceptColumn
            self.aliasTolerance = aliasTolerance
            self.maximumRefinementSteps = maximumRefinementSteps
            self.factorization = factorization
            self.keepsOrthonormalDesign = keepsOrthonormalDesign
        }
    }

    /// The coefficients in the original parametrization, one per design column (0 when aliased).
    public let coefficients: [Double]
    /// The design columns that are linear combinations of earlier ones, in increasing order.
    public let aliasedColumns: [Int]
    /// The columns kept in the fit, in the order of ``coefficientMap``'s and
    /// ``orthonormalDesign``'s columns.
    public let keptColumns: [Int]
    /// The residuals `y − X·β` (unweighted), computed in extended precision.
    public let residuals: [Double]
    /// Σ wᵢ·eᵢ², computed in extended precision.
    public let weightedResidualSumOfSquares: Double
    /// `M` (n×r) with `β = M·Vᵀ·(√w ⊙ y)` and `(XᵀWX)⁻¹ = M·Mᵀ` (rows of aliased columns are 0).
    public let coefficientMap: Matrix
    /// `V = A·R⁻¹` (m×r), the orthonormalized weighted design; nil unless requested.
    public let orthonormalDesign: Matrix?
    /// The number of refinement steps taken (the first solve counts as one).
    public let refinementSteps: Int
    /// Whether the last correction was below double-precision resolution.
    public let hasConverged: Bool
    /// The factorization that was used.
    public let factorization: Factorization
    /// The 2-norm condition number of the centered, scaled design (kept columns).
    public let scaledConditionNumber: Double
    /// The 2-norm condition number of the raw weighted design (kept columns), as statsmodels
    /// reports it.
    public let designConditionNumber: Double

    /// The numerical rank (number of kept columns).
    public var rank: Int { keptColumns.count }

    /// `(XᵀWX)⁻¹` in the original parametrization, n×n (zero rows and columns for aliased terms).
    public func unscaledCovariance() throws(LinearAlgebraError) -> Matrix {
        try coefficientMap.multiplied(by: coefficientMap, transposingOther: true)
    }

    /// Solves `min Σ wᵢ (yᵢ − xᵢᵀβ)²`.
    ///
    /// - Parameters:
    ///   - design: X, m×n, one column per term (include a column of ones for an intercept).
    ///   - response: y, m values.
    ///   - weights: Optional non-negative weights wᵢ (m values); nil means all 1.
    ///   - options: Intercept column, alias tolerance, refinement and factorization settings.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` on length mismatches,
    ///   ``LinearAlgebraError/nonFinite(operation:row:column:)`` for NaN or infinite input,
    ///   ``LinearAlgebraError/invalidValue(operation:detail:)`` for a negative weight, and
    ///   ``LinearAlgebraError/lapack(_:)`` if LAPACK fails.
    /// - Complexity: O(m·n²) for the factorization plus O(m·n) per refinement step.
    public init(
        design: Matrix, response: [Double], weights: [Double]? = nil, options: Options = Options()
    ) throws(LinearAlgebraError) {
        try self.init(design: design, response: response, weights: weights, options: options, exactColumns: [:], transform: nil)
    }

    /// Solves in a working basis W whose columns may be known more precisely than `Double`
    /// holds, and reports coefficients for another basis.
    ///
    /// - Parameters:
    ///   - exactColumns: Columns of `design` given in extended precision (for example powers of a
    ///     centered variable). The factorization uses the rounded `design`; residuals use these.
    ///   - transform: B (n×n, column-major, extended precision): coefficients, the coefficient map
    ///     and the condition number are reported for the basis X = W·B⁻¹, i.e. as `B·γ`.
    package init(
        design: Matrix, response: [Double], weights: [Double]?, options: Options,
        exactColumns: [Int: [Extended]], transform: [Extended]?
    ) throws(LinearAlgebraError) {
        let op = "least squares"
        let (m, n) = (design.rowCount, design.columnCount)
        guard response.count == m else {
            throw .dimensionMismatch(operation: op, detail: "design has \(m) rows, response has \(response.count) values")
        }
        if let weights, weights.count != m {
            throw .dimensionMismatch(operation: op, detail: "design has \(m) rows, weights have \(weights.count) values")
        }
        try design.requireFinite(op)
        if let i = response.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(operation: "\(op) (response)", row: i, column: 0)
        }
        if let weights, let i = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidValue(operation: op, detail: "weight in row \(i + 1) is \(weights[i]); weights must be finite and non-negative")
        }
        guard exactColumns.allSatisfy({ $0.key >= 0 && $0.key < n && $0.value.count == m }), transform.map({ $0.count == n * n }) ?? true else {
            throw .dimensionMismatch(operation: op, detail: "exact columns must have \(m) values and the transform \(n)×\(n)")
        }
        let preconditioner = try Preconditioner(design: design, weights: weights, options: options)
        let basis = ResidualBasis(design: design, exactColumns: exactColumns, transform: transform, columnCount: n)
        let solution = try preconditioner.refine(basis: basis, response: response, options: options)
        self.coefficients = solution.coefficients
        self.residuals = solution.residuals
        self.weightedResidualSumOfSquares = solution.weightedResidualSumOfSquares
        self.refinementSteps = solution.steps
        self.hasConverged = solution.hasConverged
        self.keptColumns = preconditioner.kept
        self.aliasedColumns = (0..<n).filter { !preconditioner.kept.contains($0) }
        let workingMap = try preconditioner.coefficientMap(columnCount: n)
        self.orthonormalDesign = options.keepsOrthonormalDesign ? preconditioner.v : nil
        self.factorization = preconditioner.factorization
        self.scaledConditionNumber = preconditioner.scaledConditionNumber
        if let transform {
            var map = Matrix(rowCount: n, columnCount: workingMap.columnCount)
            for c in 0..<workingMap.columnCount {
                let mapped = basis.reported(workingMap.column(c).map { Extended($0) })
                for i in 0..<n { map[i, c] = Double(mapped[i]) }
            }
            self.coefficientMap = map
            // The reported basis X = W·B⁻¹, kept columns, weighted.
            var b = Matrix(rowCount: n, columnCount: n)
            for i in 0..<(n * n) { b.elements[i] = Double(transform[i]) }
            let x = try design * b.solve(Matrix.identity(n))
            var weighted = Matrix(rowCount: m, columnCount: preconditioner.kept.count)
            for (slot, j) in preconditioner.kept.enumerated() {
                for i in 0..<m { weighted[i, slot] = x[i, j] * (weights?[i].squareRoot() ?? 1) }
            }
            self.designConditionNumber = try weighted.singularValueDecomposition().conditionNumber
        } else {
            self.coefficientMap = workingMap
            self.designConditionNumber = try preconditioner.rawConditionNumber()
        }
    }
}
