// Residual kernels in extended precision for iterative refinement. On x86_64 `Float80` carries a
// 64-bit significand (unit roundoff 5.4e-20, against 1.1e-16 for Double); elsewhere the kernels
// fall back to Double, documented as a limit of the refinement.

#if arch(x86_64)
/// The extended floating-point type used for residuals (Float80 on x86_64, Double elsewhere).
package typealias Extended = Float80
#else
package typealias Extended = Double
#endif

enum ExtendedKernels {
    /// e = y − X·β for the listed columns of column-major X (m×n), in extended precision.
    ///
    /// Four rows at a time, accumulated in registers across the columns (x87 loads and stores
    /// of 80-bit values are slow, so each eᵢ is written once).
    static func residual(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], beta: [Extended],
        y: UnsafeBufferPointer<Double>, into e: UnsafeMutableBufferPointer<Extended>
    ) {
        let active = zip(columns, beta).filter { $0.1 != 0 }
        let bases = active.map { $0.0 * m }
        let coefficients = active.map { $0.1 }
        let count = active.count
        var i = 0
        while i + 4 <= m {
            var a0 = Extended(y[i]), a1 = Extended(y[i + 1]), a2 = Extended(y[i + 2]), a3 = Extended(y[i + 3])
            for c in 0..<count {
                let p = bases[c] + i, b = coefficients[c]
                a0 -= Extended(x[p]) * b
                a1 -= Extended(x[p + 1]) * b
                a2 -= Extended(x[p + 2]) * b
                a3 -= Extended(x[p + 3]) * b
            }
            e[i] = a0; e[i + 1] = a1; e[i + 2] = a2; e[i + 3] = a3
            i += 4
        }
        while i < m {
            var a = Extended(y[i])
            for c in 0..<count { a -= Extended(x[bases[c] + i]) * coefficients[c] }
            e[i] = a
            i += 1
        }
    }

    /// Xᵀ·v for the listed columns of X, and Σ v, in extended precision.
    ///
    /// Columns are taken four at a time so each vᵢ is loaded once per four products.
    static func transposedProduct(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], v: UnsafeBufferPointer<Extended>
    ) -> (product: [Extended], sum: Extended) {
        var product = [Extended](repeating: 0, count: columns.count)
        var total: Extended = 0
        for i in 0..<m { total += v[i] }
        var k = 0
        while k < columns.count {
            let group = min(4, columns.count - k)
            let b0 = columns[k] * m
            let b1 = columns[k + min(1, group - 1)] * m
            let b2 = columns[k + min(2, group - 1)] * m
            let b3 = columns[k + min(3, group - 1)] * m
            var s0: Extended = 0, s1: Extended = 0, s2: Extended = 0, s3: Extended = 0
            for i in 0..<m {
                let value = v[i]
                s0 += Extended(x[b0 + i]) * value
                s1 += Extended(x[b1 + i]) * value
                s2 += Extended(x[b2 + i]) * value
                s3 += Extended(x[b3 + i]) * value
            }
            let sums = [s0, s1, s2, s3]
            for g in 0..<group { product[k + g] = sums[g] }
            k += group
        }
        return (product, total)
    }

    /// One pass over X for a refinement step: e = y − X·β, f = s⊙e − r, u = s⊙r, and Xᵀ·u
    /// with Σu, all in extended precision (s = √w, or 1 when `rootWeights` is nil).
    ///
    /// Rows go in blocks of 256 so a block of X stays in cache between the residual and the
    /// product, halving the memory traffic of two separate passes.
    static func refinementPass(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], beta: [Extended],
        y: UnsafeBufferPointer<Double>, rootWeights: UnsafeBufferPointer<Extended>?,
        r: UnsafeBufferPointer<Extended>, e: UnsafeMutableBufferPointer<Extended>,
        f: UnsafeMutableBufferPointer<Extended>, u: UnsafeMutableBufferPointer<Extended>
    ) -> (product: [Extended], sum: Extended) {
        let bases = columns.map { $0 * m }
        var product = [Extended](repeating: 0, count: columns.count)
        var total: Extended = 0
        let block = 256
        var start = 0
        while start < m {
            let end = min(m, start + block)
            let count = end - start
            // Residuals of the block.
            var i = start
            while i + 4 <= end {
                var a0 = Extended(y[i]), a1 = Extended(y[i + 1]), a2 = Extended(y[i + 2]), a3 = Extended(y[i + 3])
                for c in bases.indices {
                    let p = bases[c] + i, b = beta[c]
                    a0 -= Extended(x[p]) * b
                    a1 -= Extended(x[p + 1]) * b
                    a2 -= Extended(x[p + 2]) * b
                    a3 -= Extended(x[p + 3]) * b
                }
                e[i] = a0; e[i + 1] = a1; e[i + 2] = a2; e[i + 3] = a3
                i += 4
            }
            while i < end {
                var a = Extended(y[i])
                for c in bases.indices { a -= Extended(x[bases[c] + i]) * beta[c] }
                e[i] = a
                i += 1
            }
            if let rootWeights {
                for i in start..<end {
                    f[i] = rootWeights[i] * e[i] - r[i]
                    u[i] = rootWeights[i] * r[i]
                }
            } else {
                for i in start..<end {
                    f[i] = e[i] - r[i]
                    u[i] = r[i]
                }
            }
            for i in start..<end { total += u[i] }
            // Xᵀ·u over the block, four columns at a time.
            var k = 0
            while k < bases.count {
                let group = min(4, bases.count - k)
                let b0 = bases[k] + start
                let b1 = bases[k + min(1, group - 1)] + start
                let b2 = bases[k + min(2, group - 1)] + start
                let b3 = bases[k + min(3, group - 1)] + start
                var s0: Extended = 0, s1: Extended = 0, s2: Extended = 0, s3: Extended = 0
                for t in 0..<count {
                    let value = u[start + t]
                    s0 += Extended(x[b0 + t]) * value
                    s1 += Extended(x[b1 + t]) * value
                    s2 += Extended(x[b2 + t]) * value
                    s3 += Extended(x[b3 + t]) * value
                }
                product[k] += s0
                if group > 1 { product[k + 1] += s1 }
                if group > 2 { product[k + 2] += s2 }
                if group > 3 { product[k + 3] += s3 }
                k += group
            }
            start = end
        }
        return (product, total)
    }
}
