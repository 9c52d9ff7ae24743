import CBLAS

/// Every call into OpenBLAS from FiscalFrame (column-major, 64-bit doubles).
enum BLAS {
    /// C ← alpha·AᵀA for a column-major n×k matrix A (`cblas_dsyrk`, upper triangle filled,
    /// then mirrored). Returns k×k column-major.
    static func gram(_ a: [Double], rows n: Int, columns k: Int, alpha: Double) -> [Double] {
        var c = [Double](repeating: 0, count: k * k)
        guard n > 0, k > 0 else { return c }
        a.withUnsafeBufferPointer { ap in
            c.withUnsafeMutableBufferPointer { cp in
                cblas_dsyrk(
                    CblasColMajor, CblasUpper, CblasTrans, Int32(k), Int32(n), alpha,
                    ap.baseAddress, Int32(n), 0, cp.baseAddress, Int32(k))
            }
        }
        for j in 0..<k { for i in 0..<j { c[j + i * k] = c[i + j * k] } }
        return c
    }

    /// y ← Aᵀx for a column-major n×k matrix A (`cblas_dgemv`).
    static func transposedProduct(_ a: [Double], rows n: Int, columns k: Int, _ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: k)
        guard n > 0, k > 0 else { return y }
        a.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(CblasColMajor, CblasTrans, Int32(n), Int32(k), 1, ap.baseAddress, Int32(n),
                                xp.baseAddress, 1, 0, yp.baseAddress, 1)
                }
            }
        }
        return y
    }
}
