/// One method's rolling-origin accuracy on one series.
public struct BacktestScore: Sendable, Hashable {
    /// The method.
    public var method: ForecastMethod
    /// Mean sMAPE over all origins and steps, in percent.
    public var sMAPE: Double
    /// Mean MASE over all origins (scaled by each origin's own history).
    public var mase: Double
    /// How many origins produced a scored forecast.
    public var origins: Int
}

/// The outcome of a rolling-origin backtest.
public struct BacktestReport: Sendable, Hashable {
    /// Scores in the order the methods were given; methods that never produced a scored
    /// forecast are absent.
    public var scores: [BacktestScore]
    /// The method with the lowest mean MASE (ties: lower sMAPE, then earlier in the list).
    public var best: ForecastMethod? {
        scores.min { a, b in a.mase != b.mase ? a.mase < b.mase : a.sMAPE < b.sMAPE }?.method
    }
}

/// Rolling-origin evaluation ("time-series cross-validation", Tashman 2000).
///
/// For every origin o from `minimumTraining` to n − 1 the method is fitted to the first o
/// years and forecasts up to `horizon` years, scored against the years that exist. Each
/// origin's MASE is scaled by that origin's own history, so nothing from the future leaks in.
/// Methods are compared on the origins every one of them could forecast (a method needing more
/// years would otherwise be scored on easier, later origins only).
public enum Backtest {
    /// The candidates `ForecastMethod.backtest` chooses among.
    public static let defaultCandidates: [ForecastMethod] = [.naive, .drift, .damped, .theta, .dotm, .combination]

    /// Scores `methods` on `series`.
    ///
    /// - Parameters:
    ///   - series: The history.
    ///   - methods: Methods to compare.
    ///   - horizon: Steps ahead per origin.
    ///   - minimumTraining: The first origin (at least 2).
    ///   - options: Forecast options (breaks are ignored here: each origin sees only its past).
    /// - Returns: The scores; empty when the series is too short for any origin. When no origin
    ///   is common to all methods, each is scored on its own origins.
    /// - Complexity: O(origins · methods · cost of one forecast).
    public static func evaluate(
        _ series: AnnualSeries, methods: [ForecastMethod], horizon: Int, minimumTraining: Int = 6,
        options: ForecastOptions = .init()
    ) -> BacktestReport {
        var options = options
        options.structuralBreak = nil
        let y = series.values
        let first = max(2, minimumTraining)
        let origins = Array(first..<max(first, y.count))
        // Score per method and origin; nil where the method could not forecast.
        let results: [[(sMAPE: Double, mase: Double)?]] = methods.map { method in
            origins.map { origin in
                let history = series.prefix(origin)
                let actual = Array(y[origin..<min(y.count, origin + max(1, horizon))])
                guard let forecast = try? Forecaster.forecast(history, horizon: actual.count, method: method, options: options),
                      let s = ForecastAccuracy.sMAPE(actual: actual, forecast: forecast.mean),
                      let m = ForecastAccuracy.mase(actual: actual, forecast: forecast.mean, history: history.values)
                else { return nil }
                return (s, m)
            }
        }
        // Compare methods on the same origins: those every method could forecast, if any.
        let common = origins.indices.filter { index in results.allSatisfy { $0[index] != nil } }
        var scores: [BacktestScore] = []
        for (method, perOrigin) in zip(methods, results) {
            let used = common.isEmpty ? perOrigin.compactMap { $0 } : common.compactMap { perOrigin[$0] }
            guard !used.isEmpty else { continue }
            let count = Double(used.count)
            scores.append(BacktestScore(method: method, sMAPE: used.reduce(0) { $0 + $1.sMAPE } / count,
                                        mase: used.reduce(0) { $0 + $1.mase } / count, origins: used.count))
        }
        return BacktestReport(scores: scores)
    }
}
