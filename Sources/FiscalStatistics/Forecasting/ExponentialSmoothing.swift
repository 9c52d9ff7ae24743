import Foundation

/// A non-seasonal exponential smoothing state-space model, ETS(E,T,N) in the notation of
/// Hyndman, Koehler, Ord & Snyder (2008).
///
/// Error is additive or multiplicative; trend is none, additive, or additive damped. Seasonal
/// components are not modelled (the series are annual). Parameters are estimated by maximum
/// likelihood with ``NelderMead`` inside the usual region (0 < β < α < 1, 0.8 ≤ φ ≤ 0.98);
/// initial level and trend are estimated with them.
public struct ExponentialSmoothing: Sendable, Hashable {
    /// The error component.
    public enum ErrorKind: String, Sendable, Hashable { case additive = "A", multiplicative = "M" }
    /// The trend component.
    public enum TrendKind: String, Sendable, Hashable { case none = "N", additive = "A", damped = "Ad" }

    /// The model's error form.
    public var error: ErrorKind
    /// The model's trend form.
    public var trend: TrendKind
    /// Level smoothing weight α.
    public var alpha: Double
    /// Trend smoothing weight β (0 without trend).
    public var beta: Double
    /// Damping φ (1 for an undamped trend, 0 without trend).
    public var phi: Double
    /// Initial level ℓ₀ and trend b₀.
    public var initialLevel: Double, initialTrend: Double
    /// Final level and trend after the last observation.
    public var level: Double, slope: Double
    /// Innovation variance estimate (of additive errors, or of relative errors for multiplicative).
    public var sigma2: Double
    /// Maximized Gaussian log-likelihood (with the Jacobian term −Σ log μₜ for multiplicative error).
    public var logLikelihood: Double
    /// Akaike's criterion, corrected for small samples (AICc).
    public var aicc: Double
    /// One-step-ahead fitted values.
    public var fitted: [Double]

    /// The model name, e.g. `ETS(A,Ad,N)`.
    public var name: String { "ETS(\(error.rawValue),\(trend.rawValue),N)" }

    /// Number of estimated parameters: smoothing weights, damping, and initial states.
    public static func parameterCount(trend: TrendKind) -> Int {
        switch trend {
        case .none: 2
        case .additive: 4
        case .damped: 5
        }
    }

    /// Fits a model of the given form to `y` by maximum likelihood.
    ///
    /// - Parameters:
    ///   - y: The observations (finite; strictly positive for multiplicative error).
    ///   - error: Additive or multiplicative error.
    ///   - trend: No trend, additive, or damped.
    /// - Returns: The fitted model.
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` when `y` has fewer points than
    ///   parameters + 1, ``ForecastError/notApplicable(method:reason:)`` for multiplicative
    ///   error on non-positive data.
    /// - Complexity: O(n · evaluations), typically a few hundred evaluations.
    public static func fit(_ y: [Double], error: ErrorKind, trend: TrendKind) throws(ForecastError) -> ExponentialSmoothing {
        let name = "ETS(\(error.rawValue),\(trend.rawValue),N)"
        let k = parameterCount(trend: trend)
        guard y.count >= max(3, k + 1) else { throw .tooShort(method: name, needed: max(3, k + 1), got: y.count) }
        if error == .multiplicative, y.contains(where: { $0 <= 0 }) {
            throw .notApplicable(method: name, reason: "multiplicative error needs positive values")
        }
        let scale = max(y.reduce(0) { $0 + abs($1) } / Double(y.count), 1e-12)
        let z = y.map { $0 / scale }
        let (l0, b0) = initialStates(z)
        var start = [0.5]
        var lower = [1e-4], upper = [0.9999]
        if trend != .none {
            start.append(0.1); lower.append(1e-4); upper.append(0.9999)   // β as a fraction of α
        }
        if trend == .damped { start.append(0.95); lower.append(0.8); upper.append(0.98) }
        start.append(l0); lower.append(-.infinity); upper.append(.infinity)
        if trend != .none { start.append(b0); lower.append(-.infinity); upper.append(.infinity) }
        var params: Parameters
        if error == .additive {
            // Additive errors are affine in the initial states, so for given smoothing weights
            // the best (ℓ₀, b₀) solve a 2×2 least-squares problem: the optimizer searches only
            // the weights (a concentrated likelihood).
            let weights = trend == .none ? 1 : (trend == .additive ? 2 : 3)
            let optimizer = NelderMead(lowerBounds: Array(lower.prefix(weights)), upperBounds: Array(upper.prefix(weights)),
                                       tolerance: 1e-9, maxEvaluations: 1000)
            // The weights' surface can have several local minima (e.g. α, β near 1 for a
            // steady trend versus smaller weights): start from a small design and keep the best.
            var starts: [[Double]] = trend == .none ? [[0.2], [0.8]] : [[0.3, 0.2], [0.3, 0.8], [0.9, 0.2], [0.9, 0.8]]
            if trend == .damped { starts = starts.map { $0 + [0.9] } }
            var result = NelderMead.Result(point: starts[0], value: .infinity, evaluations: 0, converged: false)
            for point in starts {
                let candidate = optimizer.minimize(start: point, steps: Array([0.15, 0.15, 0.04].prefix(weights))) { p in
                    let best = bestInitialStates(z, trend: trend, unpack(p + [0, 0], trend: trend))
                    return Double(z.count) * log(max(best.sse, 1e-300))
                }
                if candidate.value < result.value { result = candidate }
            }
            guard result.value.isFinite else {
                throw .notApplicable(method: name, reason: "no parameters give a finite likelihood")
            }
            params = unpack(result.point + [0, 0], trend: trend)
            let best = bestInitialStates(z, trend: trend, params)
            params.l0 = best.l0
            params.b0 = best.b0
        } else {
            let optimizer = NelderMead(lowerBounds: lower, upperBounds: upper, tolerance: 1e-9, maxEvaluations: 1500)
            let result = optimizer.minimize(start: start) { p in
                filter(z, error: error, trend: trend, unpack(p, trend: trend), recordsFitted: false).criterion
            }
            guard result.value.isFinite else {
                throw .notApplicable(method: name, reason: "no parameters give a finite likelihood")
            }
            params = unpack(result.point, trend: trend)
        }
        let run = filter(z, error: error, trend: trend, params)
        let n = Double(y.count)
        let np = Double(k + 1)
        let aic = run.criterion + 2 * np
        let aicc = n - np - 1 > 0 ? aic + 2 * np * (np + 1) / (n - np - 1) : .infinity
        let dof = max(1, y.count - k)
        let sigma2 = error == .additive ? run.sse / Double(dof) * scale * scale : run.sse / Double(dof)
        let dataSSE = error == .additive ? run.sse * scale * scale : run.sse
        let jacobian = error == .additive ? 0 : run.logSum + n * log(scale)
        let logLikelihood = -0.5 * n * (log(2 * Double.pi * dataSSE / n) + 1) - jacobian
        return ExponentialSmoothing(
            error: error, trend: trend, alpha: params.alpha, beta: params.beta, phi: params.phi,
            initialLevel: params.l0 * scale, initialTrend: params.b0 * scale,
            level: run.level * scale, slope: run.slope * scale, sigma2: sigma2, logLikelihood: logLikelihood, aicc: aicc,
            fitted: run.fitted.map { $0 * scale })
    }

    /// Point forecasts for steps 1…h.
    public func pointForecast(horizon h: Int) -> [Double] {
        var out: [Double] = []
        var damp = 0.0, power = 1.0
        for _ in 0..<max(0, h) {
            switch trend {
            case .none: break
            case .additive: damp += 1
            case .damped: power *= phi; damp += power
            }
            out.append(level + damp * slope)
        }
        return out
    }

    /// Forecast variance for steps 1…h.
    ///
    /// Additive error: the exact class-1 formula σ²[1 + Σⱼ₌₁^{h−1} cⱼ²] with cⱼ = α + β·Σᵢ₌₁ʲ φⁱ
    /// (Hyndman et al. 2008, Table 6.1). Multiplicative error: simulated from 4000 sample paths
    /// with a fixed seed, so results are reproducible.
    public func forecastVariance(horizon h: Int) -> [Double] {
        guard h > 0 else { return [] }
        if error == .additive {
            var out: [Double] = []
            var total = 1.0, damp = 0.0, power = 1.0
            for step in 1...h {
                out.append(sigma2 * total)
                if trend == .damped { power *= phi; damp += power } else if trend == .additive { damp += 1 }
                let c = alpha + beta * (trend == .none ? 0 : damp)
                _ = step
                total += c * c
            }
            return out
        }
        return simulatedPaths(horizon: h, paths: 4000).variance
    }

    /// Simulated future sample paths (multiplicative error); also used for quantiles.
    func simulatedPaths(horizon h: Int, paths: Int) -> (variance: [Double], samples: [[Double]]) {
        var generator = SeededNormal(seed: 0x5EED_F15C)
        let sigma = sigma2.squareRoot()
        var samples = [[Double]](repeating: [Double](repeating: 0, count: paths), count: h)
        for path in 0..<paths {
            var l = level, b = slope
            for step in 0..<h {
                let dampedSlope = trend == .damped ? phi * b : (trend == .additive ? b : 0)
                let mu = l + dampedSlope
                let e = sigma * generator.next()
                let y = mu * (1 + e)
                l = mu * (1 + alpha * e)
                if trend != .none { b = dampedSlope + beta * mu * e }
                samples[step][path] = y
            }
        }
        let point = pointForecast(horizon: h)
        let variance = samples.indices.map { step -> Double in
            let mean = point[step]
            return samples[step].reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(paths)
        }
        return (variance, samples)
    }

    // MARK: - Filtering

    struct Parameters { var alpha, beta, phi, l0, b0: Double }

    /// Unpacks optimizer coordinates: α, then β/α and φ when present, then ℓ₀ and b₀.

    static func unpack(_ p: [Double], trend: TrendKind) -> Parameters {
        switch trend {
        case .none: Parameters(alpha: p[0], beta: 0, phi: 0, l0: p[1], b0: 0)
        case .additive: Parameters(alpha: p[0], beta: p[0] * p[1], phi: 1, l0: p[2], b0: p[3])
        case .damped: Parameters(alpha: p[0], beta: p[0] * p[1], phi: p[2], l0: p[3], b0: p[4])
        }
    }

    /// Runs the filter; `criterion` is −2 log-likelihood up to a constant.
    static func filter(_ y: [Double], error: ErrorKind, trend: TrendKind, _ p: Parameters, recordsFitted: Bool = true)
        -> (criterion: Double, sse: Double, logSum: Double, level: Double, slope: Double, fitted: [Double])
    {
        var l = p.l0, b = p.b0, sse = 0.0, logSum = 0.0
        var fitted: [Double] = []
        if recordsFitted { fitted.reserveCapacity(y.count) }
        let phi = trend == .damped ? p.phi : (trend == .additive ? 1 : 0)
        for value in y {
            let dampedSlope = phi * b
            let mu = l + dampedSlope
            if recordsFitted { fitted.append(mu) }
            if error == .additive {
                let e = value - mu
                sse += e * e
                l = mu + p.alpha * e
                b = dampedSlope + p.beta * e
            } else {
                guard mu > 0 else { return (.infinity, .infinity, .infinity, l, b, fitted) }
                let e = (value - mu) / mu
                sse += e * e
                logSum += log(mu)
                l = mu * (1 + p.alpha * e)
                b = dampedSlope + p.beta * mu * e
            }
        }
        let n = Double(y.count)
        let criterion = n * log(max(sse, 1e-300)) + 2 * logSum
        return (criterion, sse, logSum, l, b, fitted)
    }

    /// The initial states minimizing the sum of squared one-step errors of an additive-error
    /// model with the smoothing weights of `p`, and that sum.
    ///
    /// The errors are affine in (ℓ₀, b₀): three filter passes in lockstep, from (0, 0), (1, 0)
    /// and (0, 1), give the offset and the two directions, and the normal equations give the
    /// minimizer. A (near-)singular system falls back to b₀ = 0.
    static func bestInitialStates(_ y: [Double], trend: TrendKind, _ p: Parameters) -> (l0: Double, b0: Double, sse: Double) {
        let phi = trend == .damped ? p.phi : (trend == .additive ? 1 : 0)
        var l = (0.0, 1.0, 0.0), b = (0.0, 0.0, 1.0)
        var s00 = 0.0, s0l = 0.0, s0b = 0.0, sll = 0.0, slb = 0.0, sbb = 0.0
        for value in y {
            let e0 = value - (l.0 + phi * b.0), el = value - (l.1 + phi * b.1), eb = value - (l.2 + phi * b.2)
            let dl = el - e0, db = eb - e0
            s00 += e0 * e0; s0l += e0 * dl; s0b += e0 * db; sll += dl * dl; slb += dl * db; sbb += db * db
            l = (l.0 + phi * b.0 + p.alpha * e0, l.1 + phi * b.1 + p.alpha * el, l.2 + phi * b.2 + p.alpha * eb)
            b = (phi * b.0 + p.beta * e0, phi * b.1 + p.beta * el, phi * b.2 + p.beta * eb)
        }
        var l0 = 0.0, b0 = 0.0
        let det = sll * sbb - slb * slb
        if trend != .none, det > 1e-12 * sll * sbb {
            l0 = (-s0l * sbb + s0b * slb) / det
            b0 = (-s0b * sll + s0l * slb) / det
        } else if sll > 0 {
            l0 = -s0l / sll
        }
        let sse = s00 + 2 * l0 * s0l + 2 * b0 * s0b + l0 * l0 * sll + 2 * l0 * b0 * slb + b0 * b0 * sbb
        return (l0, b0, max(sse, 0))
    }

    /// Initial level and slope from a least-squares line through the first (up to) 10 points.
    static func initialStates(_ y: [Double]) -> (Double, Double) {
        let m = min(y.count, 10)
        let line = LinearFit(y.prefix(m).enumerated().map { (Double($0.offset + 1), $0.element) })
        return (line.intercept, line.slope)
    }
}

/// Closed-form simple linear regression on centered data (exact enough for one regressor).
struct LinearFit {
    var intercept: Double, slope: Double, meanX: Double, sxx: Double, residualSS: Double, count: Int

    init(_ points: [(Double, Double)]) {
        let n = Double(points.count)
        count = points.count
        meanX = points.reduce(0) { $0 + $1.0 } / max(n, 1)
        let meanY = points.reduce(0) { $0 + $1.1 } / max(n, 1)
        var sxy = 0.0, sxx = 0.0
        for (x, y) in points { sxy += (x - meanX) * (y - meanY); sxx += (x - meanX) * (x - meanX) }
        self.sxx = sxx
        slope = sxx > 0 ? sxy / sxx : 0
        intercept = meanY - slope * meanX
        var rss = 0.0
        for (x, y) in points { let r = y - intercept - slope * x; rss += r * r }
        residualSS = rss
    }
}

/// A reproducible stream of standard normal draws (SplitMix64 + Box–Muller).
struct SeededNormal {
    private var state: UInt64
    private var spare: Double?

    init(seed: UInt64) { state = seed }

    mutating func nextUniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return (Double(z >> 11) + 0.5) / 9_007_199_254_740_992
    }

    mutating func next() -> Double {
        if let spare { self.spare = nil; return spare }
        let u = nextUniform(), v = nextUniform()
        let r = (-2 * log(u)).squareRoot()
        spare = r * sin(2 * .pi * v)
        return r * cos(2 * .pi * v)
    }
}
