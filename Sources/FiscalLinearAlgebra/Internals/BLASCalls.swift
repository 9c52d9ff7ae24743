// Every call into OpenBLAS's CBLAS interface. Callers check shapes; these wrappers only convert
// sizes and pass column-major storage through.
import CBLAS

/// Converts a dimension to the BLAS integer type, refusing values that do not fit.
@inline(__always)
func blasInt(_ value: Int, _ operation: String) throws(LinearAlgebraError) -> Int32 {
    guard let converted = Int32(exactly: value) else {
        throw .dimensionTooLarge(operation: operation, value: value)
    }
    return converted
}

enum BLAS {
    /// C = alpha · op(A) · op(B) + beta · C (`cblas_dgemm`), column-major.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafePointer<Double>, lda: Int,
        b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) throws(LinearAlgebraError) {
        let op = "dgemm"
        cblas_dgemm(
            CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            try blasInt(m, op), try blasInt(n, op), try blasInt(k, op), alpha,
            a, try blasInt(max(1, lda), op), b, try blasInt(max(1, ldb), op),
            beta, c, try blasInt(max(1, ldc), op))
    }

    /// y = alpha · op(A) · x + beta · y (`cblas_dgemv`), column-major A of m×n.
    static func gemv(
        transpose: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>
    ) throws(LinearAlgebraError) {
        let op = "dgemv"
        cblas_dgemv(
            CblasColMajor, transpose ? CblasTrans : CblasNoTrans, try blasInt(m, op), try blasInt(n, op),
            alpha, a, try blasInt(max(1, lda), op), x, 1, beta, y, 1)
    }

    /// C = alpha · Aᵀ · A + beta · C, upper triangle only (`cblas_dsyrk`), A of k×n.
    static func syrkTransposed(
        n: Int, k: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) throws(LinearAlgebraError) {
        let op = "dsyrk"
        cblas_dsyrk(
            CblasColMajor, CblasUpper, CblasTrans, try blasInt(n, op), try blasInt(k, op),
            alpha, a, try blasInt(max(1, lda), op), beta, c, try blasInt(max(1, ldc), op))
    }

    /// B = alpha · op(A)⁻¹ · B for upper-triangular n×n A and n×nrhs B (`cblas_dtrsm`, left side).
    static func trsmUpperLeft(
        transpose: Bool, n: Int, nrhs: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        b: UnsafeMutablePointer<Double>, ldb: Int
    ) throws(LinearAlgebraError) {
        let op = "dtrsm"
        cblas_dtrsm(
            CblasColMajor, CblasLeft, CblasUpper, transpose ? CblasTrans : CblasNoTrans, CblasNonUnit,
            try blasInt(n, op), try blasInt(nrhs, op), alpha, a, try blasInt(max(1, lda), op),
            b, try blasInt(max(1, ldb), op))
    }
}

extension BLAS {
    /// B = B · A⁻¹ for upper-triangular n×n A and m×n B (`cblas_dtrsm`, right side).
    static func trsmUpperRight(
        m: Int, n: Int, a: UnsafePointer<Double>, lda: Int, b: UnsafeMutablePointer<Double>, ldb: Int
    ) throws(LinearAlgebraError) {
        let op = "dtrsm"
        cblas_dtrsm(
            CblasColMajor, CblasRight, CblasUpper, CblasNoTrans, CblasNonUnit,
            try blasInt(m, op), try blasInt(n, op), 1, a, try blasInt(max(1, lda), op),
            b, try blasInt(max(1, ldb), op))
    }
}
