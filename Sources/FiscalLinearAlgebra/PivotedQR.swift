/// A QR factorization with column pivoting, `A·P = Q·R`, computed by LAPACK `dgeqp3`.
///
/// Column pivoting moves the column with the largest remaining norm forward at each step, so
/// `|R₁₁| ≥ |R₂₂| ≥ …` and a small trailing diagonal reveals (near) linear dependence. The
/// numerical ``rank(relativeTolerance:)`` counts diagonal entries above a tolerance relative to
/// `|R₁₁|`. This is a rank-revealing method in practice, though not guaranteed to be for every
/// contrived matrix (the Kahan matrix defeats it); the SVD is the guaranteed alternative.
public struct PivotedQR: Sendable {
    /// The number of rows of the factored matrix.
    public let rowCount: Int
    /// The number of columns of the factored matrix.
    public let columnCount: Int
    /// LAPACK's packed output: R in the upper triangle, Householder vectors below.
    package let packed: [Double]
    /// The Householder scalars.
    package let tau: [Double]
    /// The column permutation: column `j` of `A·P` is column `permutation[j]` of A (zero-based).
    public let permutation: [Int]

    /// Factors `matrix`.
    ///
    /// - Throws: ``LinearAlgebraError/nonFinite(operation:row:column:)`` when an element is NaN or
    ///   infinite; ``LinearAlgebraError/lapack(_:)`` if LAPACK reports an error.
    /// - Complexity: O(m·n²).
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        try matrix.requireFinite("QR factorization")
        var a = matrix.elements
        let (m, n) = (matrix.rowCount, matrix.columnCount)
        let (pivots, tau) = try LAPACK.geqp3(m: m, n: n, a: &a)
        self.rowCount = m
        self.columnCount = n
        self.packed = a
        self.tau = tau
        self.permutation = pivots
    }

    /// The absolute values of R's diagonal, in pivot order (non-increasing up to rounding).
    public var diagonalMagnitudes: [Double] {
        (0..<min(rowCount, columnCount)).map { abs(packed[$0 + $0 * rowCount]) }
    }

    /// The numerical rank: the number of |R_ii| greater than `relativeTolerance · |R₁₁|`.
    ///
    /// - Parameter relativeTolerance: Defaults to `max(m, n) · ε`, the tolerance numpy and
    ///   MATLAB use for singular values.
    public func rank(relativeTolerance: Double? = nil) -> Int {
        let tolerance = relativeTolerance ?? Double(max(rowCount, columnCount)) * Double.ulpOfOne
        let d = diagonalMagnitudes
        guard let first = d.first, first > 0 else { return 0 }
        return d.prefix { $0 > tolerance * first }.count
    }

    /// The upper-triangular factor R (min(m, n) × n), in pivoted column order.
    public var r: Matrix {
        let k = min(rowCount, columnCount)
        var result = Matrix(rowCount: k, columnCount: columnCount)
        guard k > 0 else { return result }
        for j in 0..<columnCount {
            for i in 0...min(j, k - 1) { result[i, j] = packed[i + j * rowCount] }
        }
        return result
    }

    /// The thin orthonormal factor Q (m × min(m, n)), formed by LAPACK `dorgqr`.
    ///
    /// - Throws: ``LinearAlgebraError/lapack(_:)`` if LAPACK reports an error.
    /// - Complexity: O(m·n²).
    public func q() throws(LinearAlgebraError) -> Matrix {
        let k = min(rowCount, columnCount)
        var a = Array(packed[0..<(rowCount * k)])
        try LAPACK.orgqr(m: rowCount, n: k, k: k, a: &a, tau: tau)
        return try Matrix(rowCount: rowCount, columnCount: k, columnMajor: a)
    }
}

extension Matrix {
    /// The QR factorization with column pivoting of this matrix (LAPACK `dgeqp3`).
    ///
    /// - Throws: See ``PivotedQR/init(_:)``.
    public func pivotedQR() throws(LinearAlgebraError) -> PivotedQR { try PivotedQR(self) }
}

extension PivotedQR {
    /// Factors `matrix` keeping its column order (no pivoting), through `dgeqp3` with every
    /// column marked fixed. Used to decide, column by column in the given order, which columns
    /// are linear combinations of earlier ones.
    package init(unpivoted matrix: Matrix) throws(LinearAlgebraError) {
        try matrix.requireFinite("QR factorization")
        var a = matrix.elements
        let (m, n) = (matrix.rowCount, matrix.columnCount)
        let (pivots, tau) = try LAPACK.geqp3(m: m, n: n, a: &a, fixingAllColumns: true)
        self.rowCount = m
        self.columnCount = n
        self.packed = a
        self.tau = tau
        self.permutation = pivots
    }
}
