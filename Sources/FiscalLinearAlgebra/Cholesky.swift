/// The Cholesky factorization `A = Rᵀ·R` of a symmetric positive-definite matrix, computed by
/// LAPACK `dpotrf` (upper factor R).
///
/// Only the upper triangle of the input is read. A matrix that is not positive definite (for
/// example a singular Gram matrix from collinear columns) is reported with the order of the first
/// failing leading minor.
public struct Cholesky: Sendable {
    /// The upper-triangular factor R (the strict lower triangle is zero).
    public let factor: Matrix

    /// Factors `matrix`.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(operation:rowCount:columnCount:)``,
    ///   ``LinearAlgebraError/nonFinite(operation:row:column:)``, or ``LinearAlgebraError/lapack(_:)``
    ///   with routine `dpotrf` when the matrix is not positive definite.
    /// - Complexity: O(n³/3).
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        try matrix.requireSquare("Cholesky factorization")
        try matrix.requireFinite("Cholesky factorization")
        let n = matrix.rowCount
        var a = matrix.elements
        if n > 0 { try LAPACK.potrf(n: n, a: &a) }
        for j in 0..<n { for i in (j + 1)..<max(j + 1, n) { a[i + j * n] = 0 } }
        self.factor = try Matrix(rowCount: n, columnCount: n, columnMajor: a)
    }

    /// The inverse of the factored matrix (LAPACK `dpotri`), symmetric with both triangles filled.
    ///
    /// - Throws: ``LinearAlgebraError/lapack(_:)`` when a diagonal element of R is zero.
    /// - Complexity: O(n³).
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        let n = factor.rowCount
        var a = factor.elements
        if n > 0 { try LAPACK.potri(n: n, a: &a) }
        var result = try Matrix(rowCount: n, columnCount: n, columnMajor: a)
        result.symmetrizeFromUpper()
        return result
    }

    /// Solves `A·X = B` (LAPACK `dpotrs`).
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when B's row count
    ///   differs from A's order.
    /// - Complexity: O(n²·k) for k right-hand sides.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let n = factor.rowCount
        guard b.rowCount == n else {
            throw .dimensionMismatch(operation: "Cholesky solve", detail: "\(n)×\(n) system, right-hand side has \(b.rowCount) rows")
        }
        try b.requireFinite("Cholesky solve")
        var x = b.elements
        if n > 0 && b.columnCount > 0 { try LAPACK.potrs(n: n, nrhs: b.columnCount, factor: factor.elements, b: &x) }
        return try Matrix(rowCount: n, columnCount: b.columnCount, columnMajor: x)
    }
}

extension Matrix {
    /// The Cholesky factorization of this symmetric positive-definite matrix (LAPACK `dpotrf`).
    ///
    /// - Throws: See ``Cholesky/init(_:)``.
    public func cholesky() throws(LinearAlgebraError) -> Cholesky { try Cholesky(self) }
}
