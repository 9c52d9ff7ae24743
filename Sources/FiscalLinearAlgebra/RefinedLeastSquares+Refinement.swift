/// The working design the residuals are computed from, with the columns known in extended
/// precision, and the basis results are reported in.
struct ResidualBasis {
    let design: Matrix
    /// Working columns given in extended precision, replacing the rounded ones in residuals.
    let exactColumns: [Int: [Extended]]
    /// B, n×n, column-major: reported coefficients are B·γ.
    let transform: [Extended]?
    let columnCount: Int

    /// B·γ for a full-length working vector (γ itself without a transform).
    func reported(_ gamma: [Extended]) -> [Extended] {
        guard let b = transform else { return gamma }
        var result = [Extended](repeating: 0, count: columnCount)
        for j in 0..<columnCount where gamma[j] != 0 {
            for i in 0..<columnCount { result[i] += b[i + j * columnCount] * gamma[j] }
        }
        return result
    }

    /// e = y − W·γ over the kept columns, in extended precision.
    func residual(kept: [Int], beta: [Extended], y: [Double], m: Int, into e: inout [Extended]) {
        let stored = kept.indices.filter { exactColumns[kept[$0]] == nil }
        design.elements.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                e.withUnsafeMutableBufferPointer { ep in
                    ExtendedKernels.residual(
                        x: xp, m: m, columns: stored.map { kept[$0] }, beta: stored.map { beta[$0] }, y: yp, into: ep)
                }
            }
        }
        for (slot, j) in kept.enumerated() {
            guard let column = exactColumns[j], beta[slot] != 0 else { continue }
            let b = beta[slot]
            for i in 0..<m { e[i] -= column[i] * b }
        }
    }

    /// Wᵀ·u over the kept columns and Σu, in extended precision.
    func transposedProduct(kept: [Int], u: [Extended], m: Int) -> (product: [Extended], sum: Extended) {
        let stored = kept.filter { exactColumns[$0] == nil }
        let (partial, sum) = design.elements.withUnsafeBufferPointer { xp in
            u.withUnsafeBufferPointer { up in
                ExtendedKernels.transposedProduct(x: xp, m: m, columns: stored, v: up)
            }
        }
        var product = [Extended](repeating: 0, count: kept.count)
        var next = 0
        for (slot, j) in kept.enumerated() {
            if let column = exactColumns[j] {
                var s: Extended = 0
                for i in 0..<m { s += column[i] * u[i] }
                product[slot] = s
            } else {
                product[slot] = partial[next]
                next += 1
            }
        }
        return (product, sum)
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
    /// from the original data (see ``RefinedLeastSquares``).
    func refine(basis: ResidualBasis, response y: [Double], options: RefinedLeastSquares.Options) throws(LinearAlgebraError) -> Refined {
        let k = kept.count
        var beta = [Extended](repeating: 0, count: k)
        var r = [Extended](repeating: 0, count: m)
        var steps = 0
        var first = 0.0, previous = Double.infinity, last = 0.0, predicted = Double.infinity
        let root = rootWeights.map { $0.map { Extended($0) } }
        // Buffers reused by every step: residual e, f = b − r − A·γ (extended and rounded), u = S·r.
        var e = [Extended](repeating: 0, count: m)
        var fExtended = [Extended](repeating: 0, count: m)
        var f = [Double](repeating: 0, count: m)
        var u = [Extended](repeating: 0, count: m)
        let fused = basis.exactColumns.isEmpty
        if k > 0 && m > 0 {
            for step in 0..<max(1, options.maximumRefinementSteps) {
                // f = b − r − A·γ and g = −Aᵀ·r, in extended precision from the original data.
                var xtu = [Extended](repeating: 0, count: k)
                var sumU: Extended = 0
                if step > 0 && fused {
                    (xtu, sumU) = Self.fusedPass(basis: basis, kept: kept, beta: beta, y: y, root: root, r: r, e: &e, f: &fExtended, u: &u)
                } else {
                    basis.residual(kept: kept, beta: beta, y: y, m: m, into: &e)
                    for i in 0..<m {
                        let s = root?[i] ?? 1
                        fExtended[i] = s * e[i] - r[i]
                        u[i] = s * r[i]
                    }
                    // r = 0 before the first step, so g = 0 needs no pass over the data.
                    if step > 0 { (xtu, sumU) = basis.transposedProduct(kept: kept, u: u, m: m) }
                }
                for i in 0..<m { f[i] = Double(fExtended[i]) }
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
                if step > 0 {
                    // Stop on stagnation. On the Cholesky path (large, well-conditioned designs)
                    // also stop when the contraction seen so far predicts the next correction
                    // below double resolution, which saves a pass over the data.
                    if last > 0.5 * previous { break }
                    predicted = last * (last / previous)
                    if factorization == .cholesky && predicted <= 1e-17 * first { break }
                }
                previous = last
            }
        }
        basis.residual(kept: kept, beta: beta, y: y, m: m, into: &e)
        var rss: Extended = 0
        for i in 0..<m {
            let weighted = (root?[i] ?? 1) * e[i]
            rss += weighted * weighted
        }
        var full = [Extended](repeating: 0, count: basis.columnCount)
        for (slot, j) in kept.enumerated() { full[j] = beta[slot] }
        let coefficients = basis.reported(full).map { Double($0) }
        return Refined(
            coefficients: coefficients, residuals: e.map { Double($0) },
            weightedResidualSumOfSquares: Double(rss), steps: steps,
            hasConverged: first == 0 || min(last, predicted) <= 1e-14 * first)
    }

    /// The residual and the product Wᵀ·u of one step in a single pass over the stored design.
    private static func fusedPass(
        basis: ResidualBasis, kept: [Int], beta: [Extended], y: [Double], root: [Extended]?, r: [Extended],
        e: inout [Extended], f: inout [Extended], u: inout [Extended]
    ) -> (product: [Extended], sum: Extended) {
        let m = y.count
        return basis.design.elements.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                r.withUnsafeBufferPointer { rp in
                    e.withUnsafeMutableBufferPointer { ep in
                        f.withUnsafeMutableBufferPointer { fp in
                            u.withUnsafeMutableBufferPointer { up in
                                guard let root else {
                                    return ExtendedKernels.refinementPass(
                                        x: xp, m: m, columns: kept, beta: beta, y: yp, rootWeights: nil, r: rp, e: ep, f: fp, u: up)
                                }
                                return root.withUnsafeBufferPointer { sp in
                                    ExtendedKernels.refinementPass(
                                        x: xp, m: m, columns: kept, beta: beta, y: yp, rootWeights: sp, r: rp, e: ep, f: fp, u: up)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
