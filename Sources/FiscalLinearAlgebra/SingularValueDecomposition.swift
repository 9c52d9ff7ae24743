/// A thin singular value decomposition `A = U·diag(s)·Vᵀ`, computed by LAPACK `dgesdd`
/// (divide and conquer).
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors, m × k with k = min(m, n), orthonormal columns.
    public let u: Matrix
    /// Singular values, non-increasing, non-negative (k of them).
    public let singularValues: [Double]
    /// Right singular vectors transposed, k × n, orthonormal rows.
    public let vt: Matrix

    /// Factors `matrix`.
    ///
    /// - Throws: ``LinearAlgebraError/nonFinite(operation:row:column:)`` for NaN or infinite
    ///   input; ``LinearAlgebraError/lapack(_:)`` if the iteration does not converge.
    /// - Complexity: O(m·n·min(m, n)).
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        try matrix.requireFinite("singular value decomposition")
        let (m, n) = (matrix.rowCount, matrix.columnCount)
        let k = min(m, n)
        var a = matrix.elements
        if k == 0 {
            self.u = Matrix(rowCount: m, columnCount: 0)
            self.singularValues = []
            self.vt = Matrix(rowCount: 0, columnCount: n)
            return
        }
        let (u, s, vt) = try LAPACK.gesdd(m: m, n: n, a: &a)
        self.u = try Matrix(rowCount: m, columnCount: k, columnMajor: u)
        self.singularValues = s
        self.vt = try Matrix(rowCount: k, columnCount: n, columnMajor: vt)
    }

    /// The 2-norm condition number, s_max / s_min (infinity when s_min is zero).
    public var conditionNumber: Double {
        guard let largest = singularValues.first, let smallest = singularValues.last else { return 0 }
        return smallest == 0 ? .infinity : largest / smallest
    }

    /// The number of singular values above `relativeTolerance · s_max` (default `max(m, n)·ε`).
    public func rank(relativeTolerance: Double? = nil) -> Int {
        let tolerance = relativeTolerance ?? Double(max(u.rowCount, vt.columnCount)) * Double.ulpOfOne
        guard let largest = singularValues.first, largest > 0 else { return 0 }
        return singularValues.filter { $0 > tolerance * largest }.count
    }
}

extension Matrix {
    /// The thin singular value decomposition (LAPACK `dgesdd`).
    ///
    /// - Throws: See ``SingularValueDecomposition/init(_:)``.
    public func singularValueDecomposition() throws(LinearAlgebraError) -> SingularValueDecomposition {
        try SingularValueDecomposition(self)
    }
}
