/// The design the residuals are computed from, and how working coefficients map to it.
///
/// Without a transform this is the working design itself restricted to the kept columns. With
/// one, it is the original design X (all columns) and `β_X = B·β_W`, where the working design
/// W ≈ X·B was factored instead of X.
struct ResidualBasis {
    let design: Matrix
    /// B, n×n, in extended precision (column-major), or nil.
    let transform: [Extended]?
    let columnCount: Int

    /// The columns of `design` the residual kernels read.
    func columns(kept: [Int]) -> [Int] { transform == nil ? kept : Array(0..<columnCount) }

    /// Coefficients of `design`'s columns (aligned with ``columns(kept:)``) from working ones.
    func original(_ working: [Extended], kept: [Int]) -> [Extended] {
        guard let b = transform else { return working }
        var full = [Extended](repeating: 0, count: columnCount)
        for (slot, j) in kept.enumerated() { full[j] = working[slot] }
        var result = [Extended](repeating: 0, count: columnCount)
        for j in 0..<columnCount where full[j] != 0 {
            for i in 0..<columnCount { result[i] += b[i + j * columnCount] * full[j] }
        }
        return result
    }

    /// Wᵀ·u for the kept working columns, from `design`ᵀ·u (aligned with ``columns(kept:)``).
    func working(_ product: [Extended], kept: [Int]) -> [Extended] {
        guard let b = transform else { return product }
        return kept.map { j in
            var sum: Extended = 0
            for i in 0..<columnCount { sum += b[i + j * columnCount] * product[i] }
            return sum
        }
    }
}

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
    func refine(basis: ResidualBasis, response y: [Double], options: RefinedLeastSquares.Options) throws(LinearAlgebraError) -> Refined {
        let x = basis.design
        let columns = basis.columns(kept: kept)
        let k = kept.count
        var beta = [Extended](repeating: 0, count: k)
        var r = [Extended](repeating: 0, count: m)
        var steps = 0
        var first = 0.0, previous = Double.infinity, last = 0.0
        let root = rootWeights.map { $0.map { Extended($0) } }
        // Buffers reused by every step: residual e, f = b − r − A·γ (extended and rounded), u = S·r.
        var e = [Extended](repeating: 0, count: m)
        var fExtended = [Extended](repeating: 0, count: m)
        var f = [Double](repeating: 0, count: m)
        var u = [Extended](repeating: 0, count: m)
        func computeResidual(_ beta: [Extended]) {
            let original = basis.original(beta, kept: kept)
            x.elements.withUnsafeBufferPointer { xp in
                y.withUnsafeBufferPointer { yp in
                    e.withUnsafeMutableBufferPointer { ep in
                        ExtendedKernels.residual(x: xp, m: m, columns: columns, beta: original, y: yp, into: ep)
                    }
                }
            }
        }
        if k > 0 && m > 0 {
            for step in 0..<max(1, options.maximumRefinementSteps) {
                // f = b − r − A·γ and g = −Aᵀ·r, in extended precision from the original data.
                computeResidual(beta)
                if let root {
                    for i in 0..<m {
                        fExtended[i] = root[i] * e[i] - r[i]
                        f[i] = Double(fExtended[i])
                        u[i] = root[i] * r[i]
                    }
                } else {
                    for i in 0..<m {
                        fExtended[i] = e[i] - r[i]
                        f[i] = Double(fExtended[i])
                    }
                }
                let (product, sumU) = x.elements.withUnsafeBufferPointer { xp in
                    (root == nil ? r : u).withUnsafeBufferPointer { up in
                        ExtendedKernels.transposedProduct(x: xp, m: m, columns: columns, v: up)
                    }
                }
                let xtu = basis.working(product, kept: kept)
                var g = [Double](repeating: 0, count: k)
                for (slot, j) in kept.enumerated() {
                    g[slot] = -Double((xtu[slot] - Extended(means[j]) * sumU) / Extended(scales[j]))
                }
                // Correction from the factorization: Rᵀh = g, t = Vᵀf − h, R·z = t, p = f − V·t.
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
        computeResidual(beta)
        var rss: Extended = 0
        for i in 0..<m {
            let weighted = (root?[i] ?? 1) * e[i]
            rss += weighted * weighted
        }
        let original = basis.original(beta, kept: kept)
        var coefficients = [Double](repeating: 0, count: basis.columnCount)
        for (slot, j) in columns.enumerated() { coefficients[j] = Double(original[slot]) }
        return Refined(
            coefficients: coefficients, residuals: e.map { Double($0) },
            weightedResidualSumOfSquares: Double(rss), steps: steps,
            hasConverged: first == 0 || last <= 1e-14 * first)
    }
}
