/// The eigendecomposition `A = V·diag(λ)·Vᵀ` of a symmetric matrix, computed by LAPACK `dsyevr`
/// (relatively robust representations). Only the upper triangle of the input is read.
public struct SymmetricEigen: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Orthonormal eigenvectors, column `j` belonging to `values[j]`.
    public let vectors: Matrix

    /// Decomposes `matrix`.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(operation:rowCount:columnCount:)``,
    ///   ``LinearAlgebraError/nonFinite(operation:row:column:)``, or ``LinearAlgebraError/lapack(_:)``.
    /// - Complexity: O(n³).
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        try matrix.requireSquare("symmetric eigendecomposition")
        try matrix.requireFinite("symmetric eigendecomposition")
        let n = matrix.rowCount
        if n == 0 {
            self.values = []
            self.vectors = Matrix(rowCount: 0, columnCount: 0)
            return
        }
        var a = matrix.elements
        let (w, z) = try LAPACK.syevr(n: n, a: &a)
        self.values = w
        self.vectors = try Matrix(rowCount: n, columnCount: n, columnMajor: z)
    }
}

extension Matrix {
    /// The eigendecomposition of this symmetric matrix (LAPACK `dsyevr`).
    ///
    /// - Throws: See ``SymmetricEigen/init(_:)``.
    public func symmetricEigen() throws(LinearAlgebraError) -> SymmetricEigen { try SymmetricEigen(self) }
}
