import Foundation

/// A non-seasonal ARIMA(p, d, q) model with an optional constant, fitted by exact Gaussian
/// maximum likelihood.
///
/// Method: the series is differenced `d` times; the differences `x` follow a stationary,
/// invertible ARMA(p, q) around a mean μ (the drift when d = 1). Parameters start from a
/// conditional-sum-of-squares fit and are then refined on the exact likelihood, evaluated by a
/// Kalman filter on Harvey's state-space form with the stationary initial covariance (a small
/// Lyapunov solve), σ² concentrated out. Both steps use ``NelderMead`` on partial
/// autocorrelations `tanh(u)` mapped to coefficients by the Durbin–Levinson recursion, so every
/// trial model is stationary and invertible. Forecasts and their error covariances come from the
/// same filter (exact finite-sample variances) and are integrated `d` times.
///
/// `auto(_:)` chooses d by repeated KPSS level-stationarity tests at 5 % (at most 2), then p, q
/// ≤ 2 and the constant by AICc over the full grid, as R's `auto.arima` does for yearly data.
/// Limits: intended for short annual series (n ≤ a few hundred); parameter uncertainty is not
/// in the intervals.
public struct ArimaModel: Sendable, Hashable {
    /// AR coefficients φ₁…φₚ (x_t − μ = Σ φᵢ(x_{t−i} − μ) + e_t + Σ θⱼ e_{t−j}).
    public var ar: [Double]
    /// MA coefficients θ₁…θ_q.
    public var ma: [Double]
    /// Differencing order.
    public var d: Int
    /// Mean of the differenced series (drift when d = 1), or nil when there is no constant.
    public var mean: Double?
    /// Innovation variance (maximum-likelihood estimate).
    public var sigma2: Double
    /// Exact Gaussian log-likelihood of the differenced series.
    public var logLikelihood: Double
    /// Small-sample corrected AIC (σ² counted as a parameter).
    public var aicc: Double
    let y: [Double]

    /// `"ARIMA(p,d,q)"`, with `" with drift"` or `" with mean"` when a constant is estimated.
    public var name: String {
        let base = "ARIMA(\(ar.count),\(d),\(ma.count))"
        guard mean != nil else { return base }
        return base + (d == 0 ? " with mean" : " with drift")
    }

    /// Fits ARIMA(p, d, q) by exact maximum likelihood.
    ///
    /// - Parameters:
    ///   - y: The observations (finite).
    ///   - p: AR order, 0–3.  - d: differencing order, 0–2.  - q: MA order, 0–3.
    ///   - includesConstant: Whether to estimate the mean of the differenced series.
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` when fewer than
    ///   p + q + constant + 3 differenced points remain; ``ForecastError/notApplicable(method:reason:)``
    ///   for unsupported orders or a failed fit.
    /// - Complexity: O(n · r² · e), r = max(p, q + 1), e ≤ 2000 likelihood evaluations.
    public static func fit(_ y: [Double], p: Int, d: Int, q: Int, includesConstant: Bool) throws(ForecastError) -> ArimaModel {
        guard (0...3).contains(p), (0...3).contains(q), (0...2).contains(d) else {
            throw .notApplicable(method: "ARIMA", reason: "orders p, q must be 0–3 and d 0–2")
        }
        guard y.allSatisfy(\.isFinite) else { throw .notApplicable(method: "ARIMA", reason: "non-finite value") }
        let x = difference(y, times: d)
        let k = p + q + (includesConstant ? 1 : 0)
        guard x.count >= k + 3 else { throw .tooShort(method: "ARIMA", needed: k + 3 + d, got: y.count) }
        let scale = max(standardDeviation(x), 1e-12 * max(1, x.map(abs).max() ?? 1))
        let center = includesConstant ? x.reduce(0, +) / Double(x.count) : 0
        let z = x.map { ($0 - center) / scale }
        func unpack(_ u: [Double]) -> (ar: [Double], ma: [Double], mu: Double) {
            let ar = ArmaKalman.constrain(Array(u[0..<p]))
            let ma = ArmaKalman.constrain(Array(u[p..<(p + q)])).map { -$0 }
            return (ar, ma, includesConstant ? u[p + q] : 0)
        }
        var u = Array(repeating: 0.0, count: k)
        if k > 0 {
            let bounds = NelderMead(lowerBounds: Array(repeating: -7, count: p + q) + (includesConstant ? [-50] : []),
                                    upperBounds: Array(repeating: 7, count: p + q) + (includesConstant ? [50] : []),
                                    tolerance: 1e-10, maxEvaluations: 2000)
            if p + q > 0 {
                u = bounds.minimize(start: u, steps: Array(repeating: 0.3, count: k)) { v in
                    let m = unpack(v); return ArmaKalman.conditionalSS(z, ar: m.ar, ma: m.ma, mean: m.mu)
                }.point
            }
            u = bounds.minimize(start: u, steps: Array(repeating: 0.2, count: k)) { v in
                let m = unpack(v); return ArmaKalman.filter(z, ar: m.ar, ma: m.ma, mean: m.mu)?.deviance ?? .infinity
            }.point
        }
        let m = unpack(u)
        guard let run = ArmaKalman.filter(z, ar: m.ar, ma: m.ma, mean: m.mu) else {
            throw .notApplicable(method: "ARIMA", reason: "likelihood could not be evaluated")
        }
        let n = Double(x.count)
        let sigma2 = run.sumSquares / n * scale * scale
        guard sigma2.isFinite else { throw .notApplicable(method: "ARIMA", reason: "fit did not converge") }
        let logLikelihood = -0.5 * (run.deviance + n * (1 + log(2 * Double.pi))) - n * log(scale)
        let parameters = Double(k + 1)
        let aicc = -2 * logLikelihood + 2 * parameters + 2 * parameters * (parameters + 1) / max(n - parameters - 1, 1e-9)
        return ArimaModel(ar: m.ar, ma: m.ma, d: d, mean: includesConstant ? center + m.mu * scale : nil,
                          sigma2: sigma2, logLikelihood: logLikelihood, aicc: aicc, y: y)
    }

    /// Chooses d by KPSS tests and (p, q, constant) by AICc over p, q ≤ 2.
    ///
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` below 5 points.
    public static func auto(_ y: [Double]) throws(ForecastError) -> ArimaModel {
        guard y.count >= 5 else { throw .tooShort(method: "ARIMA", needed: 5, got: y.count) }
        let d = differencingOrder(y)
        var best: ArimaModel?
        let constants = d == 2 ? [false] : (d == 0 ? [true] : [true, false])
        for p in 0...2 {
            for q in 0...2 {
                for constant in constants {
                    guard let model = try? fit(y, p: p, d: d, q: q, includesConstant: constant) else { continue }
                    if model.aicc < (best?.aicc ?? .infinity) { best = model }
                }
            }
        }
        guard let best else { throw .tooShort(method: "ARIMA", needed: 5, got: y.count) }
        return best
    }

    /// The number of differences (0–2) after which the KPSS test no longer rejects level
    /// stationarity at 5 % (statistic ≤ 0.463, Bartlett lags ⌊4 (n/100)^¼⌋).
    public static func differencingOrder(_ y: [Double]) -> Int {
        var x = y
        for d in 0..<2 {
            guard x.count >= 4, standardDeviation(x) > 0 else { return d }
            if kpssStatistic(x) <= 0.463 { return d }
            x = difference(x, times: 1)
        }
        return 2
    }

    /// The KPSS level-stationarity statistic (Kwiatkowski et al. 1992).
    public static func kpssStatistic(_ x: [Double]) -> Double {
        let n = x.count, mean = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - mean }
        var partial = 0.0, eta = 0.0
        for value in e { partial += value; eta += partial * partial }
        let lags = Int(4 * pow(Double(n) / 100, 0.25))
        var s2 = e.reduce(0) { $0 + $1 * $1 } / Double(n)
        if lags >= 1 {
            for l in 1...lags where l < n {
                var c = 0.0
                for t in l..<n { c += e[t] * e[t - l] }
                s2 += 2 * (1 - Double(l) / Double(lags + 1)) * c / Double(n)
            }
        }
        return eta / Double(n * n) / s2
    }

    /// Point forecasts and forecast-error variances of the original series for steps 1…h.
    public func forecast(horizon h: Int) -> (mean: [Double], variance: [Double]) {
        let x = ArimaModel.difference(y, times: d)
        let mu = mean ?? 0
        let path = ArmaKalman.predict(x.map { $0 - mu }, ar: ar, ma: ma, horizon: h)
        var points = path.mean.map { $0 + mu }
        var weights = (0..<h).map { step in (0..<h).map { $0 <= step ? 1.0 : 0.0 } }
        // Integrate d times: levels, then weights of x errors in each level error.
        for level in stride(from: d, to: 0, by: -1) {
            let lower = ArimaModel.difference(y, times: level - 1)
            var running = lower[lower.count - 1]
            points = points.map { running += $0; return running }
            if level > 1 {
                weights = weights.indices.map { i in (0..<h).map { k in (0...i).reduce(0.0) { $0 + weights[$1][k] } } }
            }
        }
        if d == 0 { return (points, path.covariance.indices.map { path.covariance[$0][$0] * sigma2 }) }
        let variance = (0..<h).map { i in
            var v = 0.0
            for a in 0..<h where weights[i][a] != 0 {
                for b in 0..<h where weights[i][b] != 0 { v += weights[i][a] * weights[i][b] * path.covariance[a][b] }
            }
            return max(v, 0) * sigma2
        }
        return (points, variance)
    }

    static func difference(_ y: [Double], times: Int) -> [Double] {
        var x = y
        for _ in 0..<times where x.count > 1 { x = zip(x.dropFirst(), x).map { $0 - $1 } }
        return x
    }

    static func standardDeviation(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let m = x.reduce(0, +) / Double(x.count)
        return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
    }
}
