/// The centered, scaled, weighted copy of the design and its triangular factor: the
/// preconditioner of ``RefinedLeastSquares``' iterative refinement.
struct Preconditioner {
    let m: Int
    /// √wᵢ, or nil for unit weights.
    let rootWeights: [Double]?
    /// The intercept column (constant `interceptValue`), when centering is used.
    let intercept: Int?
    let interceptValue: Double
    /// Centering means per design column (0 for the intercept and without centering).
    let means: [Double]
    /// Power-of-two column scales.
    let scales: [Double]
    /// Kept design columns, in the order of R's columns.
    let kept: [Int]
    /// Upper-triangular R (r×r, column-major) with A_kept = V·R.
    let r: [Double]
    /// V = A_kept·R⁻¹, m×r.
    let v: Matrix
    let factorization: RefinedLeastSquares.Factorization
    let scaledConditionNumber: Double

    init(design x: Matrix, weights: [Double]?, options: RefinedLeastSquares.Options) throws(LinearAlgebraError) {
        let (m, n) = (x.rowCount, x.columnCount)
        self.m = m
        let root = weights.map { $0.map { $0.squareRoot() } }
        self.rootWeights = root
        var intercept: Int? = nil
        var c = 1.0
        if let j = options.interceptColumn, j >= 0, j < n, m > 0 {
            let first = x[0, j]
            if first != 0, (0..<m).allSatisfy({ x[$0, j] == first }) { intercept = j; c = first }
        }
        self.intercept = intercept
        self.interceptValue = c
        var means = [Double](repeating: 0, count: n)
        if let intercept {
            let totalWeight = weights.map { $0.reduce(0, +) } ?? Double(m)
            if totalWeight > 0 {
                x.elements.withUnsafeBufferPointer { xp in
                    for j in 0..<n where j != intercept {
                        var sum = 0.0
                        if let weights {
                            for i in 0..<m { sum += weights[i] * xp[i + j * m] }
                        } else {
                            for i in 0..<m { sum += xp[i + j * m] }
                        }
                        means[j] = sum / totalWeight
                    }
                }
            }
        }
        self.means = means
        // A = S·(X − 1·mᵀ)·D⁻¹ with power-of-two D.
        var a = x
        var scales = [Double](repeating: 1, count: n)
        var norms = [Double](repeating: 0, count: n)
        a.withUnsafeMutableElements { a in
            for j in 0..<n {
                let base = j * m
                var sumSquares = 0.0
                for i in 0..<m {
                    var value = a[base + i] - means[j]
                    if let root { value *= root[i] }
                    a[base + i] = value
                    sumSquares += value * value
                }
                let norm = sumSquares.squareRoot()
                if norm > 0 && norm.isFinite {
                    scales[j] = Double(sign: .plus, exponent: norm.exponent, significand: 1)
                    let inverse = 1 / scales[j]
                    for i in 0..<m { a[base + i] *= inverse }
                }
                norms[j] = norm / scales[j]
            }
        }
        self.scales = scales
        let factored = try Self.factor(a, norms: norms, options: options)
        self.kept = factored.kept
        self.r = factored.r
        self.factorization = factored.factorization
        self.scaledConditionNumber = factored.condition
        // V = A_kept · R⁻¹.
        let k = factored.kept.count
        var v: Matrix
        if factored.kept == Array(0..<n) {
            // Hand the storage over so the triangular solve works in place, without a copy.
            v = a
            a = Matrix(rowCount: 0, columnCount: 0)
        } else {
            var elements: [Double] = []
            elements.reserveCapacity(m * k)
            for j in factored.kept { elements.append(contentsOf: a.elements[(j * m)..<((j + 1) * m)]) }
            v = try Matrix(rowCount: m, columnCount: k, columnMajor: elements)
        }
        if k > 0 && m > 0 {
            let rr = factored.r
            try rr.withUnsafeBufferPointer { (rp) throws(LinearAlgebraError) in
                try v.withUnsafeMutableElements { (vp) throws(LinearAlgebraError) in
                    try BLAS.trsmUpperRight(m: m, n: k, a: rp.baseAddress!, lda: k, b: vp.baseAddress!, ldb: m)
                }
            }
        }
        self.v = v
    }

    private static func factor(
        _ a: Matrix, norms: [Double], options: RefinedLeastSquares.Options
    ) throws(LinearAlgebraError) -> (kept: [Int], r: [Double], factorization: RefinedLeastSquares.Factorization, condition: Double) {
        let (m, n) = (a.rowCount, a.columnCount)
        let wantsCholesky = options.factorization == .cholesky
            || (options.factorization == .automatic && m >= 10_000 && m >= 4 * n)
        if wantsCholesky && n > 0 {
            let limit = options.factorization == .cholesky ? 1e6 : 1e4
            if let cholesky = try? a.gram().cholesky() {
                let condition = try Self.conditionNumber(upper: cholesky.factor.elements, order: n)
                if condition <= limit { return (Array(0..<n), cholesky.factor.elements, .cholesky, condition) }
            }
        }
        let tolerance = options.aliasTolerance
        let qr = try PivotedQR(a)
        let d = qr.diagonalMagnitudes
        let top = d.first ?? 0
        let rank = top > 0 ? d.prefix { $0 > tolerance * top }.count : 0
        if rank == n {
            let r = Self.leadingTriangle(of: qr, order: n)
            return (qr.permutation, r, .pivotedQR, try Self.conditionNumber(upper: r, order: n))
        }
        // Rank short: walk the columns in their given order, dropping each column that lies in
        // the span of the earlier kept ones (relative to its own norm), until none is dropped.
        var order = (0..<n).filter { norms[$0] > 0 }
        while !order.isEmpty {
            var sub = Matrix(rowCount: m, columnCount: order.count)
            for (k, j) in order.enumerated() { for i in 0..<m { sub[i, k] = a[i, j] } }
            let fixed = try PivotedQR(unpivoted: sub)
            let diagonal = fixed.diagonalMagnitudes
            guard let drop = order.indices.first(where: { $0 >= diagonal.count || diagonal[$0] <= tolerance * norms[order[$0]] }) else {
                let r = Self.leadingTriangle(of: fixed, order: order.count)
                return (order, r, .pivotedQR, try Self.conditionNumber(upper: r, order: order.count))
            }
            order.remove(at: drop)
        }
        return ([], [], .pivotedQR, 0)
    }

    /// The leading `order`×`order` block of a QR factor, column-major.
    private static func leadingTriangle(of qr: PivotedQR, order: Int) -> [Double] {
        var r = [Double](repeating: 0, count: order * order)
        for j in 0..<order { for i in 0...j where j < order { r[i + j * order] = qr.packed[i + j * qr.rowCount] } }
        return r
    }

    static func conditionNumber(upper: [Double], order: Int) throws(LinearAlgebraError) -> Double {
        guard order > 0 else { return 0 }
        return try Matrix(rowCount: order, columnCount: order, columnMajor: upper).singularValueDecomposition().conditionNumber
    }

    /// Solves R·z = t (R upper, k×k) in Double.
    func solveUpper(_ t: [Double]) -> [Double] {
        let k = kept.count
        var z = t
        for i in stride(from: k - 1, through: 0, by: -1) {
            var s = z[i]
            for j in (i + 1)..<max(i + 1, k) { s -= r[i + j * k] * z[j] }
            z[i] = s / r[i + i * k]
        }
        return z
    }

    /// Solves Rᵀ·h = g in Double.
    func solveUpperTransposed(_ g: [Double]) -> [Double] {
        let k = kept.count
        var h = g
        for i in 0..<k {
            var s = h[i]
            for j in 0..<i { s -= r[j + i * k] * h[j] }
            h[i] = s / r[i + i * k]
        }
        return h
    }

    /// Maps a γ-space vector (kept order) to the original parametrization: β = T·γ.
    func toOriginal(_ gamma: [Extended]) -> [Extended] {
        var beta = [Extended](repeating: 0, count: gamma.count)
        var interceptShift: Extended = 0
        var interceptSlot: Int? = nil
        for (k, j) in kept.enumerated() {
            beta[k] = gamma[k] / Extended(scales[j])
            if j == intercept { interceptSlot = k } else { interceptShift += Extended(means[j]) * beta[k] }
        }
        if let slot = interceptSlot { beta[slot] -= interceptShift / Extended(interceptValue) }
        return beta
    }

    /// `M = T·R⁻¹` with rows in original column order (aliased rows zero).
    func coefficientMap(columnCount n: Int) throws(LinearAlgebraError) -> Matrix {
        let k = kept.count
        var map = Matrix(rowCount: n, columnCount: k)
        for column in 0..<k {
            var unit = [Double](repeating: 0, count: k)
            unit[column] = 1
            let rInverseColumn = solveUpper(unit).map { Extended($0) }
            let mapped = toOriginal(rInverseColumn)
            for (slot, j) in kept.enumerated() { map[j, column] = Double(mapped[slot]) }
        }
        return map
    }

    /// The condition number of the raw weighted design: singular values of R·T⁻¹.
    func rawConditionNumber() throws(LinearAlgebraError) -> Double {
        let k = kept.count
        guard k > 0 else { return 0 }
        var tInverse = Matrix(rowCount: k, columnCount: k)
        let slot = kept.firstIndex { $0 == intercept }
        for (c, j) in kept.enumerated() {
            tInverse[c, c] = scales[j]
            if let slot, c != slot { tInverse[slot, c] = scales[kept[slot]] * means[j] / interceptValue }
        }
        let rMatrix = try Matrix(rowCount: k, columnCount: k, columnMajor: r)
        return try (rMatrix * tInverse).singularValueDecomposition().conditionNumber
    }
}
