import FiscalLinearAlgebra

/// The within transformation that absorbs one or two sets of fixed effects.
///
/// Every design column and the response are replaced by their deviations from (weighted) group
/// means. With one set of effects a single sweep is exact. With two (entity and time), sweeps
/// alternate until nothing changes (the method of alternating projections); a balanced panel
/// converges after the first round, an unbalanced one geometrically. Columns that the effects
/// absorb completely (a regressor constant within every entity, say) become exactly zero, so the
/// solver reports them as aliased.
struct WithinTransformation {
    /// Group codes per effect, per row.
    let codes: [[Int]]
    let groupCounts: [Int]
    let names: [String]
    /// Degrees of freedom the effects absorb: G for one set, G₁ + G₂ − (connected components) for two.
    let absorbedDegreesOfFreedom: Int

    init(labels: [(name: String, values: [String])]) {
        var codes: [[Int]] = [], counts: [Int] = []
        for (_, values) in labels {
            var index: [String: Int] = [:]
            codes.append(values.map { label in
                if let code = index[label] { return code }
                index[label] = index.count
                return index.count - 1
            })
            counts.append(index.count)
        }
        self.codes = codes
        self.groupCounts = counts
        self.names = labels.map(\.name)
        if codes.count == 2 {
            self.absorbedDegreesOfFreedom = counts[0] + counts[1] - Self.components(codes[0], codes[1], counts[0], counts[1])
        } else {
            self.absorbedDegreesOfFreedom = counts.reduce(0, +)
        }
    }

    /// Connected components of the bipartite graph linking entity and time levels that co-occur.
    private static func components(_ a: [Int], _ b: [Int], _ na: Int, _ nb: Int) -> Int {
        var parent = Array(0..<(na + nb))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (i, j) in zip(a, b) {
            let (ri, rj) = (find(i), find(na + j))
            if ri != rj { parent[ri] = rj }
        }
        return Set((0..<(na + nb)).map(find)).count
    }

    /// Demeans `values` in place.
    ///
    /// - Returns: Whether the alternating sweeps converged (always true for one set of effects).
    func demean<T: BinaryFloatingPoint>(_ values: inout [T], weights: [Double]?) -> Bool {
        let scale = values.reduce(0) { max($0, abs($1)) }
        guard scale > 0 else { return true }
        let tolerance = T(2 * T.ulpOfOne) * scale
        for _ in 0..<(codes.count == 1 ? 1 : 5_000) {
            var change: T = 0
            for (effect, code) in codes.enumerated() {
                var sums = [T](repeating: 0, count: groupCounts[effect])
                var totals = [T](repeating: 0, count: groupCounts[effect])
                for i in values.indices {
                    let w = T(weights?[i] ?? 1)
                    sums[code[i]] += w * values[i]
                    totals[code[i]] += w
                }
                for i in values.indices {
                    let mean = sums[code[i]] / totals[code[i]]
                    values[i] -= mean
                    change = max(change, abs(mean))
                }
            }
            if codes.count == 1 || change <= tolerance { return true }
        }
        return false
    }

    /// Demeans every column of `design` and `response`; zeroes columns the effects absorb.
    ///
    /// - Throws: ``RegressionError/numerical(_:)`` if the alternating sweeps do not converge.
    func apply(design: inout Matrix, response: inout [Double], weights: [Double]?, aliasTolerance: Double) throws(RegressionError) {
        guard demean(&response, weights: weights) else {
            throw .numerical("fixed-effect demeaning of the response did not converge")
        }
        let m = design.rowCount
        for j in 0..<design.columnCount {
            var column = design.column(j)
            let mean = column.reduce(0, +) / Double(max(1, m))
            let spread = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }.squareRoot()
            guard demean(&column, weights: weights) else {
                throw .numerical("fixed-effect demeaning of design column \(j + 1) did not converge")
            }
            let remaining = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if remaining <= aliasTolerance * spread || spread == 0 {
                column = Array(repeating: 0, count: m)
            }
            for i in 0..<m { design[i, j] = column[i] }
        }
    }

    /// The leverage the effects add to each row: wᵢ / Σ_{group} w (one set of effects only).
    func leverage(weights: [Double]?) -> [Double]? {
        guard codes.count == 1 else { return nil }
        let code = codes[0]
        var totals = [Double](repeating: 0, count: groupCounts[0])
        for i in code.indices { totals[code[i]] += weights?[i] ?? 1 }
        return code.indices.map { (weights?[$0] ?? 1) / totals[code[$0]] }
    }
}
