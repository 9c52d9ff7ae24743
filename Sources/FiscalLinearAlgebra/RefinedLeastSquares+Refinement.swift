extension Preconditioner {
    struct Refined {
        var coefficients: [Double]
        var residuals: [Double]
        var weightedResidualSumOfSquares: Double
        var steps: Int
        var hasConverged: Bool
    }

    /// Björck's iterative refinement of the augmented system, residuals in extended precision
    /// from the original design (see ``RefinedLeastSquares``).
    func refine(design x: Matrix, response y: [Double], options: RefinedLeastSquares.Options) throws(LinearAlgebraError) -> Refined {
        let n = x.columnCount
        let k = kept.count
        var beta = [Extended](repeating: 0, count: k)
        var r = [Extended](repeating: 0, count: m)
        var steps = 0
        var first = 0.0, previous = Double.infinity, last = 0.0
        let root = rootWeights
        if k > 0 && m > 0 {
            for step in 0..<max(1, options.maximumRefinementSteps) {
                let e = x.elements.withUnsafeBufferPointer { xp in
                    y.withUnsafeBufferPointer { yp in
                        ExtendedKernels.residual(x: xp, m: m, columns: kept, beta: beta, y: yp)
                    }
                }
                var f = [Double](repeating: 0, count: m)
                var fExtended = [Extended](repeating: 0, count: m)
                var u = r
                for i in 0..<m {
                    let s = root.map { Extended($0[i]) } ?? 1
                    fExtended[i] = s * e[i] - r[i]
                    f[i] = Double(fExtended[i])
                    u[i] = s * r[i]
                }
                let (xtu, sumU) = x.elements.withUnsafeBufferPointer { xp in
                    ExtendedKernels.transposedProduct(x: xp, m: m, columns: kept, v: u)
                }
                var g = [Double](repeating: 0, count: k)
                for (slot, j) in kept.enumerated() {
                    g[slot] = -Double((xtu[slot] - Extended(means[j]) * sumU) / Extended(scales[j]))
                }
                let h = solveUpperTransposed(g)
                let d1 = try v.multiplied(by: f, transposingSelf: true)
                let t = zip(d1, h).map { $0 - $1 }
                let z = solveUpper(t)
                let vt = try v.multiplied(by: t)
                for i in 0..<m { r[i] += fExtended[i] - Extended(vt[i]) }
                let delta = toOriginal(z.map { Extended($0) })
                for slot in 0..<k { beta[slot] += delta[slot] }
                steps += 1
                last = z.reduce(0) { max($0, abs($1)) }
                if step == 0 { first = last }
                if first == 0 || last <= 1e-17 * first { break }
                if step > 0 && last > 0.5 * previous { break }
                previous = last
            }
        }
        let e = x.elements.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                ExtendedKernels.residual(x: xp, m: m, columns: kept, beta: beta, y: yp)
            }
        }
        var rss: Extended = 0
        for i in 0..<m {
            let weighted = (root.map { Extended($0[i]) } ?? 1) * e[i]
            rss += weighted * weighted
        }
        var coefficients = [Double](repeating: 0, count: n)
        for (slot, j) in kept.enumerated() { coefficients[j] = Double(beta[slot]) }
        return Refined(
            coefficients: coefficients, residuals: e.map { Double($0) },
            weightedResidualSumOfSquares: Double(rss), steps: steps,
            hasConverged: first == 0 || last <= 1e-14 * first)
    }
}
