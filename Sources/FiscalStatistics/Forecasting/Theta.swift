import Foundation

/// The Theta method and its dynamic optimised variant.
///
/// - Standard Theta (Assimakopoulos & Nikolopoulos 2000, as formulated by Hyndman & Billah
///   2003 and R's `thetaf`): simple exponential smoothing plus half the slope of the
///   least-squares line, with the SES lag correction `(h − 1) + (1 − (1 − α)ⁿ)/α`.
/// - Dynamic optimised Theta, DOTM (Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler
///   2016): the weight θ of the theta line, α and ℓ₀ are estimated by minimizing the in-sample
///   one-step squared error, and the regression coefficients Aₜ, Bₜ are updated every year, so
///   the trend follows recent data.
///
/// Intervals use the SES variance σ²[1 + α²(j − 1)] with σ² from the one-step errors; this is
/// what `thetaf` reports and it ignores trend-parameter uncertainty.
public struct ThetaModel: Sendable, Hashable {
    /// `"Theta"` or `"DOTM"`.
    public var name: String
    /// Smoothing weight.
    public var alpha: Double
    /// Theta-line weight (2 for the standard method).
    public var theta: Double
    /// One-step innovation variance.
    public var sigma2: Double
    let mean: @Sendable (Int) -> [Double]

    public static func == (a: ThetaModel, b: ThetaModel) -> Bool {
        a.name == b.name && a.alpha == b.alpha && a.theta == b.theta && a.sigma2 == b.sigma2
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(alpha); hasher.combine(theta) }

    /// Point forecasts for steps 1…h.
    public func pointForecast(horizon h: Int) -> [Double] { mean(h) }

    /// Forecast variances for steps 1…h (SES form).
    public func forecastVariance(horizon h: Int) -> [Double] {
        (0..<max(0, h)).map { sigma2 * (1 + alpha * alpha * Double($0)) }
    }

    /// Fits the standard Theta method.
    ///
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` below 3 points.
    public static func standard(_ y: [Double]) throws(ForecastError) -> ThetaModel {
        guard y.count >= 3 else { throw .tooShort(method: "Theta", needed: 3, got: y.count) }
        let ses = try ExponentialSmoothing.fit(y, error: .additive, trend: .none)
        let line = LinearFit(y.enumerated().map { (Double($0.offset), $0.element) })
        let alpha = ses.alpha, n = Double(y.count), level = ses.level, half = line.slope / 2
        let correction = (1 - pow(1 - alpha, n)) / alpha
        return ThetaModel(name: "Theta", alpha: alpha, theta: 2, sigma2: ses.sigma2) { h in
            (0..<h).map { level + half * (Double($0) + correction) }
        }
    }

    /// Fits the dynamic optimised Theta model (DOTM) by least squares on one-step errors.
    ///
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` below 4 points.
    /// - Complexity: O(n · evaluations) with a few hundred Nelder–Mead evaluations.
    public static func dynamicOptimised(_ y: [Double]) throws(ForecastError) -> ThetaModel {
        guard y.count >= 4 else { throw .tooShort(method: "DOTM", needed: 4, got: y.count) }
        let scale = max(y.reduce(0) { $0 + abs($1) } / Double(y.count), 1e-12)
        let z = y.map { $0 / scale }
        let optimizer = NelderMead(lowerBounds: [1e-3, 1, -.infinity], upperBounds: [0.999, 20, .infinity],
                                   tolerance: 1e-9, maxEvaluations: 1500)
        let result = optimizer.minimize(start: [0.5, 2, z[0]], steps: [0.2, 0.5, 0.1]) { p in
            run(z, alpha: p[0], theta: p[1], l0: p[2]).sse
        }
        let (alpha, theta, l0) = (result.point[0], result.point[1], result.point[2])
        let state = run(z, alpha: alpha, theta: theta, l0: l0)
        let n = Double(y.count)
        let sigma2 = state.sse / Double(max(1, y.count - 3)) * scale * scale
        let weight = 1 - 1 / theta, decay = pow(1 - alpha, n)
        let base = (1 - pow(1 - alpha, n + 1)) / alpha
        return ThetaModel(name: "DOTM", alpha: alpha, theta: theta, sigma2: sigma2) { h in
            (0..<h).map { step in
                scale * (state.level + weight * (decay * state.a + (Double(step) + base) * state.b))
            }
        }
    }

    /// The DOTM recursions; returns the sum of squared one-step errors from t = 2 and the
    /// final level and regression coefficients.
    static func run(_ y: [Double], alpha: Double, theta: Double, l0: Double) -> (sse: Double, level: Double, a: Double, b: Double) {
        var level = alpha * y[0] + (1 - alpha) * l0
        var mean = y[0], a = y[0], b = 0.0, sse = 0.0
        let weight = 1 - 1 / theta
        var decay = 1 - alpha   // (1 − α)^(t−1) for t = 2
        for index in 1..<y.count {
            let t = Double(index + 1)
            let mu = level + weight * (decay * a + (1 - decay * (1 - alpha)) / alpha * b)
            let e = y[index] - mu
            sse += e * e
            level = alpha * y[index] + (1 - alpha) * level
            b = (t - 2) / (t + 1) * b + 6 / (t + 1) * (y[index] - mean) / t
            mean = ((t - 1) * mean + y[index]) / t
            a = mean - (t + 1) / 2 * b
            decay *= 1 - alpha
        }
        return (sse, level, a, b)
    }
}
