// Residual kernels in extended precision for iterative refinement. On x86_64 `Float80` carries a
// 64-bit significand (unit roundoff 5.4e-20, against 1.1e-16 for Double); elsewhere the kernels
// fall back to Double, documented as a limit of the refinement.

#if arch(x86_64)
/// The extended floating-point type used for residuals.
typealias Extended = Float80
#else
typealias Extended = Double
#endif

enum ExtendedKernels {
    /// e = y − X·β for column-major X (m×n), accumulated in extended precision.
    static func residual(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], beta: [Extended], y: UnsafeBufferPointer<Double>
    ) -> [Extended] {
        var e = [Extended](repeating: 0, count: m)
        e.withUnsafeMutableBufferPointer { e in
            for i in 0..<m { e[i] = Extended(y[i]) }
            for (k, j) in columns.enumerated() {
                let b = beta[k]
                if b == 0 { continue }
                let base = j * m
                for i in 0..<m { e[i] -= Extended(x[base + i]) * b }
            }
        }
        return e
    }

    /// Xᵀ·v for the listed columns of X, and Σ v, accumulated in extended precision.
    static func transposedProduct(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], v: [Extended]
    ) -> (product: [Extended], sum: Extended) {
        var product = [Extended](repeating: 0, count: columns.count)
        let sum: Extended = v.withUnsafeBufferPointer { v in
            for (k, j) in columns.enumerated() {
                let base = j * m
                // Four partial sums keep the x87 adder busy instead of waiting on one chain.
                var s0: Extended = 0, s1: Extended = 0, s2: Extended = 0, s3: Extended = 0
                var i = 0
                while i + 4 <= m {
                    s0 += Extended(x[base + i]) * v[i]
                    s1 += Extended(x[base + i + 1]) * v[i + 1]
                    s2 += Extended(x[base + i + 2]) * v[i + 2]
                    s3 += Extended(x[base + i + 3]) * v[i + 3]
                    i += 4
                }
                while i < m { s0 += Extended(x[base + i]) * v[i]; i += 1 }
                product[k] = (s0 + s1) + (s2 + s3)
            }
            var total: Extended = 0
            for value in v { total += value }
            return total
        }
        return (product, sum)
    }
}
