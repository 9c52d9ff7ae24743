import Foundation

/// One model's forecast as a normal (or log-normal) predictive distribution per year.
package struct Component: Sendable {
    /// The model's name, e.g. `ETS(M,Ad,N)` or `log DOTM`.
    package var name: String
    /// Mean per step on the fitted scale (logarithms when `isLog`).
    package var mean: [Double]
    /// Standard deviation per step on the fitted scale.
    package var sd: [Double]
    /// Whether the model was fitted to logarithms (then forecasts are medians, `exp(mean)`).
    package var isLog: Bool
    /// Degrees of freedom of the spread estimate when it is small enough to matter: bounds then
    /// use Student-t instead of normal quantiles.
    package var degreesOfFreedom: Double?

    /// Point forecasts on the data scale.
    package var point: [Double] { isLog ? mean.map { exp($0) } : mean }

    /// Lower and upper bounds at `level` percent.
    package func bounds(level: Double) -> (lower: [Double], upper: [Double]) {
        let z = degreesOfFreedom.map { StudentT.quantile(0.5 + level / 200, degreesOfFreedom: $0) }
            ?? NormalQuantile.twoSided(level: level)
        let lower = zip(mean, sd).map { $0 - z * $1 }, upper = zip(mean, sd).map { $0 + z * $1 }
        return isLog ? (lower.map { exp($0) }, upper.map { exp($0) }) : (lower, upper)
    }

    func forecast(levels: [Double], startYear: Int) -> Forecast {
        Forecast(method: name, startYear: startYear, mean: point, intervals: levels.map { level in
            let b = bounds(level: level)
            return PredictionInterval(level: level, lower: b.lower, upper: b.upper)
        })
    }
}

/// Fits the individual methods and the combination.
package enum Components {
    /// The single models the combination can draw on.
    package enum Kind: String, Sendable, CaseIterable {
        case naive, drift, ses, holt, damped, theta, dotm, ets, arima
    }

    /// The members of the default combination (mean of DOTM, drift and damped Holt).
    ///
    /// Chosen by validation on the training years of the M3 yearly series only (forecasting
    /// their last 6 training years; `fiscal-bench m3 PATH --validate`): among the median and
    /// mean combinations of ETS, damped Holt, DOTM, Theta and drift tried, on the original and
    /// the log scale, this one had the lowest sMAPE and MASE (18.92 / 3.243; the others
    /// 18.95–20.36 / 3.249–3.701), without the cost of ETS selection. Log-scale fitting was worse
    /// there and is not used.
    package static let combinationMembers: [Kind] = [.dotm, .drift, .damped]

    /// Builds the forecast of a named method (not `auto` or `two-part`).
    static func make(_ method: ForecastMethod, _ y: [Double], horizon h: Int) throws(ForecastError) -> Component {
        switch method {
        case .naive: try fit(.naive, y, horizon: h)
        case .drift: try fit(.drift, y, horizon: h)
        case .ses: try fit(.ses, y, horizon: h)
        case .holt: try fit(.holt, y, horizon: h)
        case .damped: try fit(.damped, y, horizon: h)
        case .theta: try fit(.theta, y, horizon: h)
        case .dotm: try fit(.dotm, y, horizon: h)
        case .ets: try fit(.ets, y, horizon: h)
        case .arima: try fit(.arima, y, horizon: h)
        case .combination, .auto:
            try combination(y, horizon: h, members: combinationMembers, useLog: false, usesMean: true, usesMixtureVariance: true)
        case .twoPart, .backtest: throw .notApplicable(method: method.rawValue, reason: "not a single model")
        }
    }

    /// The median (or, with `usesMean`, the mean) combination of `members`.
    ///
    /// Members that cannot be fitted (too few points) are left out; at least one must fit.
    /// Means and standard deviations are combined per year on the fitted scale, so each bound
    /// is the median (mean) of the members' bounds: a quantile combination. With
    /// `usesMixtureVariance`, the spread is instead that of the equal-weight mixture of the
    /// members' normal forecasts, variance = mean of their variances + variance of their means,
    /// so disagreement between the models widens the interval.
    package static func combination(
        _ y: [Double], horizon h: Int, members: [Kind], useLog: Bool, usesMean: Bool = false,
        usesMixtureVariance: Bool = false
    ) throws(ForecastError) -> Component {
        let positive = useLog && y.allSatisfy { $0 > 0 }
        var fitted: [Component] = []
        var firstError: ForecastError?
        for kind in members {
            do throws(ForecastError) {
                fitted.append(try fit(kind, positive ? y.map { log($0) } : y, horizon: h, isLog: positive))
            } catch {
                firstError = firstError ?? error
            }
        }
        guard !fitted.isEmpty else { throw firstError ?? .tooShort(method: "combination", needed: 3, got: y.count) }
        if fitted.count == 1 { return fitted[0] }
        var mean: [Double] = [], sd: [Double] = []
        for step in 0..<h {
            let means = fitted.map { $0.mean[step] }, sds = fitted.map { $0.sd[step] }
            mean.append(usesMean ? means.reduce(0, +) / Double(means.count) : median(means))
            if usesMixtureVariance {
                let center = mean[step], k = Double(fitted.count)
                let within = sds.reduce(0) { $0 + $1 * $1 } / k
                let between = means.reduce(0) { $0 + ($1 - center) * ($1 - center) } / k
                sd.append((within + between).squareRoot())
            } else {
                sd.append(usesMean ? sds.reduce(0, +) / Double(sds.count) : median(sds))
            }
        }
        let names = fitted.map(\.name).joined(separator: ", ")
        return Component(name: "\(usesMean ? "mean" : "median")(\(positive ? "log " : "")\(names))", mean: mean, sd: sd, isLog: positive)
    }

    /// Fits one model to `y` (already transformed when `isLog`).
    package static func fit(_ kind: Kind, _ y: [Double], horizon h: Int, isLog: Bool = false) throws(ForecastError) -> Component {
        let n = y.count
        switch kind {
        case .naive:
            guard n >= 2 else { throw .tooShort(method: "naive", needed: 2, got: n) }
            let changes = zip(y.dropFirst(), y).map { $0 - $1 }
            let sigma = (changes.reduce(0) { $0 + $1 * $1 } / Double(changes.count)).squareRoot()
            // With a single observed change σ has one degree of freedom: use t(1) bounds.
            return Component(name: "naive", mean: Array(repeating: y[n - 1], count: h),
                             sd: (1...h).map { sigma * Double($0).squareRoot() }, isLog: isLog,
                             degreesOfFreedom: n == 2 ? 1 : nil)
        case .drift:
            guard n >= 3 else { throw .tooShort(method: "drift", needed: 3, got: n) }
            let changes = zip(y.dropFirst(), y).map { $0 - $1 }
            let c = changes.reduce(0, +) / Double(changes.count)
            let sigma = (changes.reduce(0) { $0 + ($1 - c) * ($1 - c) } / Double(changes.count - 1)).squareRoot()
            return Component(name: "drift", mean: (1...h).map { y[n - 1] + Double($0) * c },
                             sd: (1...h).map { sigma * (Double($0) * (1 + Double($0) / Double(n - 1))).squareRoot() },
                             isLog: isLog)
        case .ses, .holt, .damped:
            let trend: ExponentialSmoothing.TrendKind = kind == .ses ? .none : (kind == .holt ? .additive : .damped)
            return component(try ExponentialSmoothing.fit(y, error: .additive, trend: trend), y, horizon: h, isLog: isLog)
        case .ets:
            return component(try selectETS(y, allowMultiplicative: !isLog), y, horizon: h, isLog: isLog)
        case .arima:
            let model = try ArimaModel.auto(y)
            let path = model.forecast(horizon: h)
            return Component(name: (isLog ? "log " : "") + model.name, mean: path.mean,
                             sd: path.variance.map { $0.squareRoot() }, isLog: isLog)
        case .theta, .dotm:
            let model = kind == .theta ? try ThetaModel.standard(y) : try ThetaModel.dynamicOptimised(y)
            return Component(name: (isLog ? "log " : "") + model.name, mean: model.pointForecast(horizon: h),
                             sd: model.forecastVariance(horizon: h).map { $0.squareRoot() }, isLog: isLog)
        }
    }

    static func component(_ model: ExponentialSmoothing, _ y: [Double], horizon h: Int, isLog: Bool) -> Component {
        let mean = model.pointForecast(horizon: h)
        var variance = model.forecastVariance(horizon: h)
        if model.error == .multiplicative {
            // Simulated variance is on the data scale already.
            variance = variance.map { max($0, 0) }
        }
        return Component(name: (isLog ? "log " : "") + model.name, mean: mean,
                         sd: variance.map { $0.squareRoot() }, isLog: isLog)
    }

    /// ETS with the lowest AICc among the forms the data allow.
    ///
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` when no form can be fitted.
    package static func selectETS(_ y: [Double], allowMultiplicative: Bool) throws(ForecastError) -> ExponentialSmoothing {
        var best: ExponentialSmoothing?
        let errors: [ExponentialSmoothing.ErrorKind] =
            allowMultiplicative && y.allSatisfy({ $0 > 0 }) ? [.additive, .multiplicative] : [.additive]
        for error in errors {
            for trend in [ExponentialSmoothing.TrendKind.none, .additive, .damped] {
                // AICc needs n > parameters + 2.
                guard y.count > ExponentialSmoothing.parameterCount(trend: trend) + 2 else { continue }
                guard let model = try? ExponentialSmoothing.fit(y, error: error, trend: trend) else { continue }
                if model.aicc < (best?.aicc ?? .infinity) { best = model }
            }
        }
        guard let best else { throw .tooShort(method: "ETS", needed: 4, got: y.count) }
        return best
    }
}

/// The median of a non-empty array (mean of the middle two for even counts).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
