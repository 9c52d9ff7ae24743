// Residual kernels in extended precision for iterative refinement. On x86_64 `Float80` carries a
// 64-bit significand (unit roundoff 5.4e-20, against 1.1e-16 for Double); elsewhere the kernels
// fall back to Double, documented as a limit of the refinement.
//
// Both kernels walk the rows in blocks small enough for the block's accumulators to stay in the
// L1 cache, and stream every design column once per call.

#if arch(x86_64)
/// The extended floating-point type used for residuals (Float80 on x86_64, Double elsewhere).
package typealias Extended = Float80
#else
package typealias Extended = Double
#endif

enum ExtendedKernels {
    /// Rows per block: 512 extended accumulators are 8 KiB.
    static let blockRows = 512

    /// e = y − X·β for the listed columns of column-major X (m×n), in extended precision.
    static func residual(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], beta: [Extended],
        y: UnsafeBufferPointer<Double>, into e: UnsafeMutableBufferPointer<Extended>
    ) {
        let active = zip(columns, beta).filter { $0.1 != 0 }
        var start = 0
        while start < m {
            let end = min(m, start + blockRows)
            for i in start..<end { e[i] = Extended(y[i]) }
            for (j, b) in active {
                let base = j * m
                for i in start..<end { e[i] -= Extended(x[base + i]) * b }
            }
            start = end
        }
    }

    /// Xᵀ·v for the listed columns of X, and Σ v, in extended precision.
    static func transposedProduct(
        x: UnsafeBufferPointer<Double>, m: Int, columns: [Int], v: UnsafeBufferPointer<Extended>
    ) -> (product: [Extended], sum: Extended) {
        var product = [Extended](repeating: 0, count: columns.count)
        var total: Extended = 0
        var start = 0
        while start < m {
            let end = min(m, start + blockRows)
            for i in start..<end { total += v[i] }
            for (k, j) in columns.enumerated() {
                let base = j * m
                // Two partial sums keep the x87 adder busy instead of waiting on one chain.
                var s0: Extended = 0, s1: Extended = 0
                var i = start
                while i + 2 <= end {
                    s0 += Extended(x[base + i]) * v[i]
                    s1 += Extended(x[base + i + 1]) * v[i + 1]
                    i += 2
                }
                if i < end { s0 += Extended(x[base + i]) * v[i] }
                product[k] += s0 + s1
            }
            start = end
        }
        return (product, total)
    }
}
