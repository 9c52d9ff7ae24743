extension Matrix {
    /// The matrix product `lhs · rhs`, computed by BLAS `dgemm`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when
    ///   `lhs.columnCount != rhs.rowCount`.
    /// - Complexity: O(m·n·k) floating-point operations, multithreaded by OpenBLAS.
    public static func * (lhs: Matrix, rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        try lhs.multiplied(by: rhs)
    }

    /// The product `op(self) · op(other)`, where `op` optionally transposes (BLAS `dgemm`).
    ///
    /// Transposing inside the product avoids forming the transpose: `a.multiplied(by: b,
    /// transposingSelf: true)` is `aᵀ·b` at the cost of `a·b`.
    ///
    /// - Parameters:
    ///   - other: The right operand.
    ///   - transposingSelf: Use `selfᵀ` instead of `self`.
    ///   - transposingOther: Use `otherᵀ` instead of `other`.
    /// - Returns: The product matrix.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when the inner
    ///   dimensions differ.
    /// - Complexity: O(m·n·k).
    public func multiplied(
        by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false
    ) throws(LinearAlgebraError) -> Matrix {
        let m = transposingSelf ? columnCount : rowCount
        let k = transposingSelf ? rowCount : columnCount
        let k2 = transposingOther ? other.columnCount : other.rowCount
        let n = transposingOther ? other.rowCount : other.columnCount
        guard k == k2 else {
            throw .dimensionMismatch(
                operation: "matrix product",
                detail: "\(m)×\(k) times \(k2)×\(n)")
        }
        var result = Matrix(rowCount: m, columnCount: n)
        if m == 0 || n == 0 || k == 0 { return result }
        let (lda, ldb) = (rowCount, other.rowCount)
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try other.elements.withUnsafeBufferPointer { (b) throws(LinearAlgebraError) in
                try result.elements.withUnsafeMutableBufferPointer { (c) throws(LinearAlgebraError) in
                    try BLAS.gemm(
                        transposeA: transposingSelf, transposeB: transposingOther, m: m, n: n, k: k,
                        alpha: 1, a: a.baseAddress!, lda: lda, b: b.baseAddress!, ldb: ldb,
                        beta: 0, c: c.baseAddress!, ldc: m)
                }
            }
        }
        return result
    }

    /// The matrix–vector product `op(self) · vector` (BLAS `dgemv`).
    ///
    /// - Parameters:
    ///   - vector: A vector with as many elements as `op(self)` has columns.
    ///   - transposingSelf: Use `selfᵀ`, so the result is `selfᵀ · vector`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` on a length mismatch.
    /// - Complexity: O(m·n).
    public func multiplied(by vector: [Double], transposingSelf: Bool = false) throws(LinearAlgebraError) -> [Double] {
        let inner = transposingSelf ? rowCount : columnCount
        let outer = transposingSelf ? columnCount : rowCount
        guard vector.count == inner else {
            throw .dimensionMismatch(
                operation: "matrix-vector product",
                detail: "\(transposingSelf ? "transposed " : "")\(rowCount)×\(columnCount) matrix times vector of \(vector.count)")
        }
        var result = [Double](repeating: 0, count: outer)
        if outer == 0 || inner == 0 { return result }
        let (m, n) = (rowCount, columnCount)
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try vector.withUnsafeBufferPointer { (x) throws(LinearAlgebraError) in
                try result.withUnsafeMutableBufferPointer { (y) throws(LinearAlgebraError) in
                    try BLAS.gemv(
                        transpose: transposingSelf, m: m, n: n, alpha: 1, a: a.baseAddress!, lda: m,
                        x: x.baseAddress!, beta: 0, y: y.baseAddress!)
                }
            }
        }
        return result
    }

    /// The Gram matrix `selfᵀ · self`, computed by BLAS `dsyrk` (half the work of `dgemm`).
    ///
    /// - Returns: A symmetric n×n matrix with both triangles filled.
    /// - Complexity: O(m·n²/1) flops, half of the general product.
    public func gram() throws(LinearAlgebraError) -> Matrix {
        let (m, n) = (rowCount, columnCount)
        var result = Matrix(rowCount: n, columnCount: n)
        if n == 0 || m == 0 { return result }
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try result.elements.withUnsafeMutableBufferPointer { (c) throws(LinearAlgebraError) in
                try BLAS.syrkTransposed(
                    n: n, k: m, alpha: 1, a: a.baseAddress!, lda: m, beta: 0, c: c.baseAddress!, ldc: n)
            }
        }
        result.symmetrizeFromUpper()
        return result
    }

    /// Copies the upper triangle into the lower one.
    package mutating func symmetrizeFromUpper() {
        let n = columnCount
        for j in 0..<n {
            for i in (j + 1)..<max(j + 1, n) { elements[i + j * n] = elements[j + i * n] }
        }
    }

    /// Element-wise sum.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` on different shapes.
    public static func + (lhs: Matrix, rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        try lhs.combined(with: rhs, "matrix sum", +)
    }

    /// Element-wise difference.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` on different shapes.
    public static func - (lhs: Matrix, rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        try lhs.combined(with: rhs, "matrix difference", -)
    }

    /// Every element multiplied by `scalar`.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        var result = matrix
        for i in result.elements.indices { result.elements[i] *= scalar }
        return result
    }

    private func combined(
        with other: Matrix, _ operation: String, _ combine: (Double, Double) -> Double
    ) throws(LinearAlgebraError) -> Matrix {
        guard rowCount == other.rowCount, columnCount == other.columnCount else {
            throw .dimensionMismatch(
                operation: operation,
                detail: "\(rowCount)×\(columnCount) and \(other.rowCount)×\(other.columnCount)")
        }
        var result = self
        for i in elements.indices { result.elements[i] = combine(elements[i], other.elements[i]) }
        return result
    }

    /// The largest absolute element-wise difference from `other` (infinity on different shapes).
    public func maximumAbsoluteDifference(from other: Matrix) -> Double {
        guard rowCount == other.rowCount, columnCount == other.columnCount else { return .infinity }
        return zip(elements, other.elements).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }
}
