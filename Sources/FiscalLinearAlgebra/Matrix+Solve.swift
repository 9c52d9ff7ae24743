/// The result of a rank-revealing least-squares solve.
public struct LeastSquaresSolution: Sendable {
    /// The minimum-norm solution, n × k for k right-hand sides.
    public let solution: Matrix
    /// The numerical rank of the coefficient matrix.
    public let rank: Int
    /// The singular values of the coefficient matrix, non-increasing.
    public let singularValues: [Double]

    /// Whether the coefficient matrix had full column rank.
    public var hasFullColumnRank: Bool { rank == solution.rowCount }
}

extension Matrix {
    /// Solves the square system `self · X = b` by LU with partial pivoting (LAPACK `dgesv`).
    ///
    /// - Parameter b: The right-hand sides, one per column.
    /// - Returns: X, with B's shape.
    /// - Throws: ``LinearAlgebraError/notSquare(operation:rowCount:columnCount:)``,
    ///   ``LinearAlgebraError/dimensionMismatch(operation:detail:)``,
    ///   ``LinearAlgebraError/nonFinite(operation:row:column:)``, or ``LinearAlgebraError/lapack(_:)``
    ///   with routine `dgesv` when the matrix is exactly singular.
    /// - Complexity: O(n³).
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        try requireSquare("linear solve")
        guard b.rowCount == rowCount else {
            throw .dimensionMismatch(operation: "linear solve", detail: "\(rowCount)×\(columnCount) system, right-hand side has \(b.rowCount) rows")
        }
        try requireFinite("linear solve")
        try b.requireFinite("linear solve (right-hand side)")
        var a = elements
        var x = b.elements
        if rowCount > 0 && b.columnCount > 0 { try LAPACK.gesv(n: rowCount, nrhs: b.columnCount, a: &a, b: &x) }
        return try Matrix(rowCount: rowCount, columnCount: b.columnCount, columnMajor: x)
    }

    /// Solves `self · x = b` for one right-hand side (LAPACK `dgesv`).
    ///
    /// - Throws: See ``solve(_:)-(Matrix)``.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(column: b)).elements
    }

    /// The minimum-norm least-squares solution of `self · X ≈ b` with the numerical rank, by
    /// LAPACK `dgelsd` (SVD, divide and conquer).
    ///
    /// Singular values below `relativeTolerance · s_max` are treated as zero, so exactly or nearly
    /// collinear columns are detected and reported through ``LeastSquaresSolution/rank`` instead of
    /// producing huge coefficients (which `dgels` would return silently).
    ///
    /// - Parameters:
    ///   - b: The right-hand sides, `rowCount` rows.
    ///   - relativeTolerance: The cut-off for singular values; defaults to `max(m, n) · ε`, as in
    ///     numpy's `lstsq`. (LAPACK's own default, machine precision, misses near-collinearity
    ///     on tall problems.)
    /// - Returns: The solution, the rank and the singular values.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``,
    ///   ``LinearAlgebraError/nonFinite(operation:row:column:)``, or ``LinearAlgebraError/lapack(_:)``.
    /// - Complexity: O(m·n²) for m ≥ n.
    public func leastSquares(_ b: Matrix, relativeTolerance: Double? = nil) throws(LinearAlgebraError) -> LeastSquaresSolution {
        guard b.rowCount == rowCount else {
            throw .dimensionMismatch(operation: "least squares", detail: "\(rowCount)×\(columnCount) matrix, right-hand side has \(b.rowCount) rows")
        }
        try requireFinite("least squares")
        try b.requireFinite("least squares (right-hand side)")
        let (m, n, k) = (rowCount, columnCount, b.columnCount)
        if m == 0 || n == 0 || k == 0 {
            return LeastSquaresSolution(solution: Matrix(rowCount: n, columnCount: k), rank: 0, singularValues: [])
        }
        let ldb = max(m, n)
        var a = elements
        var x = [Double](repeating: 0, count: ldb * k)
        for j in 0..<k { for i in 0..<m { x[i + j * ldb] = b.elements[i + j * m] } }
        let rcond = relativeTolerance ?? Double(max(m, n)) * Double.ulpOfOne
        let (rank, s) = try LAPACK.gelsd(m: m, n: n, nrhs: k, a: &a, b: &x, rcond: rcond)
        var solution = Matrix(rowCount: n, columnCount: k)
        for j in 0..<k { for i in 0..<n { solution[i, j] = x[i + j * ldb] } }
        return LeastSquaresSolution(solution: solution, rank: rank, singularValues: s)
    }

    /// The least-squares solution for one right-hand side; see ``leastSquares(_:relativeTolerance:)-(Matrix,_)``.
    public func leastSquares(_ b: [Double], relativeTolerance: Double? = nil) throws(LinearAlgebraError) -> LeastSquaresSolution {
        try leastSquares(Matrix(column: b), relativeTolerance: relativeTolerance)
    }
}
