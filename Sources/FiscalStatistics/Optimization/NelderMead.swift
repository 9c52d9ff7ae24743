/// A derivative-free minimizer for small, box-bounded problems (Nelder–Mead simplex).
///
/// The method is the classic simplex search of Nelder and Mead (1965) with the standard
/// coefficients (reflection 1, expansion 2, contraction ½, shrink ½). Bounds are enforced by
/// projecting every trial point onto the box, so the objective is never evaluated outside it.
/// After convergence the search restarts once from the best point with a fresh simplex, which
/// guards against the well-known premature collapse of the simplex (Lagarias et al. 1998).
///
/// Limits: intended for 1–10 parameters and smooth or mildly noisy objectives, as in fitting
/// exponential smoothing models. It finds a local minimum only; convergence is declared when
/// the spread of objective values over the simplex falls below `tolerance` · max(1, |best|)
/// (relative for large values, absolute near zero) or after `maxEvaluations` evaluations. A non-finite objective value is treated
/// as +∞, so the search steps away from regions where a model is undefined.
public struct NelderMead: Sendable {
    /// Lower bound per parameter.
    public var lowerBounds: [Double]
    /// Upper bound per parameter.
    public var upperBounds: [Double]
    /// Tolerance on the spread of objective values over the simplex, relative to max(1, |best|).
    public var tolerance: Double
    /// Upper limit on objective evaluations (over all restarts).
    public var maxEvaluations: Int

    /// Creates a minimizer for parameters confined to `[lowerBounds[i], upperBounds[i]]`.
    ///
    /// - Parameters:
    ///   - lowerBounds: Lower bound per parameter; use `-.infinity` for none.
    ///   - upperBounds: Upper bound per parameter; use `.infinity` for none.
    ///   - tolerance: Relative tolerance on objective spread (default 1e-8).
    ///   - maxEvaluations: Evaluation budget (default 2000).
    public init(lowerBounds: [Double], upperBounds: [Double], tolerance: Double = 1e-8, maxEvaluations: Int = 2000) {
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
        self.tolerance = tolerance
        self.maxEvaluations = maxEvaluations
    }

    /// The outcome of a minimization.
    public struct Result: Sendable {
        /// The best point found.
        public var point: [Double]
        /// The objective value at `point`.
        public var value: Double
        /// How many times the objective was evaluated.
        public var evaluations: Int
        /// Whether the tolerance was met before the evaluation budget ran out.
        public var converged: Bool
    }

    /// Minimizes `objective` starting from `start`.
    ///
    /// - Parameters:
    ///   - start: The starting point (projected onto the bounds first).
    ///   - steps: Initial simplex edge per parameter; defaults to 10 % of the start value
    ///     (or 0.05 when the value is 0), shrunk to fit the box.
    ///   - objective: The function to minimize.
    /// - Returns: The best point, its value, and the evaluation count.
    /// - Complexity: O(maxEvaluations · (k + cost of objective)) for k parameters.
    public func minimize(start: [Double], steps: [Double]? = nil, _ objective: ([Double]) -> Double) -> Result {
        let k = start.count
        guard k > 0, lowerBounds.count == k, upperBounds.count == k else {
            let value = safe(objective(start))
            return Result(point: start, value: value, evaluations: 1, converged: k == 0)
        }
        var evaluations = 0
        func f(_ x: [Double]) -> Double {
            evaluations += 1
            return safe(objective(x))
        }
        var best = project(start)
        var bestValue = f(best)
        var converged = false
        for _ in 0..<2 {
            let run = search(from: best, steps: steps, f: f, evaluations: { evaluations })
            converged = run.converged
            if run.value < bestValue || run.point == best {
                let improvement = bestValue - run.value
                best = run.point
                bestValue = run.value
                if improvement <= tolerance * max(1, abs(bestValue)) { break }
            } else {
                break
            }
            if evaluations >= maxEvaluations { break }
        }
        return Result(point: best, value: bestValue, evaluations: evaluations, converged: converged)
    }

    private func safe(_ value: Double) -> Double { value.isFinite ? value : .infinity }

    private func project(_ x: [Double]) -> [Double] {
        var y = x
        for i in y.indices { y[i] = min(max(y[i], lowerBounds[i]), upperBounds[i]) }
        return y
    }

    private func search(
        from start: [Double], steps: [Double]?, f: ([Double]) -> Double, evaluations: () -> Int
    ) -> (point: [Double], value: Double, converged: Bool) {
        let k = start.count
        var simplex: [[Double]] = [start]
        for i in 0..<k {
            var vertex = start
            var step = steps?[i] ?? (start[i] == 0 ? 0.05 : 0.1 * abs(start[i]))
            if step == 0 { step = 0.05 }
            if vertex[i] + step > upperBounds[i] { step = -step }
            vertex[i] += step
            if vertex[i] < lowerBounds[i] { vertex[i] = (lowerBounds[i] + start[i]) / 2 }
            simplex.append(project(vertex))
        }
        var values = simplex.map(f)
        while evaluations() < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let spread = values[k] - values[0]
            if spread.isFinite, spread <= tolerance * max(1, abs(values[0])) {
                return (simplex[0], values[0], true)
            }
            var centroid = [Double](repeating: 0, count: k)
            for vertex in simplex.dropLast() {
                for j in 0..<k { centroid[j] += vertex[j] / Double(k) }
            }
            func along(_ coefficient: Double) -> [Double] {
                var point = centroid
                for j in 0..<k { point[j] += coefficient * (centroid[j] - simplex[k][j]) }
                return project(point)
            }
            let reflected = along(1)
            let reflectedValue = f(reflected)
            if reflectedValue < values[0] {
                let expanded = along(2)
                let expandedValue = f(expanded)
                if expandedValue < reflectedValue {
                    simplex[k] = expanded; values[k] = expandedValue
                } else {
                    simplex[k] = reflected; values[k] = reflectedValue
                }
                continue
            }
            if reflectedValue < values[k - 1] {
                simplex[k] = reflected; values[k] = reflectedValue
                continue
            }
            let outside = reflectedValue < values[k]
            let contracted = along(outside ? 0.5 : -0.5)
            let contractedValue = f(contracted)
            if contractedValue < min(reflectedValue, values[k]) {
                simplex[k] = contracted; values[k] = contractedValue
                continue
            }
            for i in 1...k {
                for j in 0..<k { simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]) }
                values[i] = f(simplex[i])
            }
        }
        let index = values.indices.min { values[$0] < values[$1] } ?? 0
        return (simplex[index], values[index], false)
    }
}
