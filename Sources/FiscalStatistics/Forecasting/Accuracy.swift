/// Forecast accuracy measures as used in the M3 competition and its follow-ups.
public enum ForecastAccuracy {
    /// Symmetric mean absolute percentage error, in percent: mean of 200·|y − f| / (|y| + |f|).
    ///
    /// A step where both actual and forecast are 0 counts as a perfect 0.
    ///
    /// - Parameters:
    ///   - actual: Observed values.
    ///   - forecast: Forecasts for the same years (extra entries on either side are ignored).
    /// - Returns: The sMAPE, or `nil` when there is nothing to compare.
    public static func sMAPE(actual: [Double], forecast: [Double]) -> Double? {
        let pairs = zip(actual, forecast).map { y, f -> Double in
            let denominator = abs(y) + abs(f)
            return denominator == 0 ? 0 : 200 * abs(y - f) / denominator
        }
        return pairs.isEmpty ? nil : pairs.reduce(0, +) / Double(pairs.count)
    }

    /// Mean absolute scaled error: mean |y − f| divided by the in-sample mean |Δy| (the naive
    /// method's one-step error on the history; Hyndman & Koehler 2006, non-seasonal form).
    ///
    /// - Parameters:
    ///   - actual: Observed values after the history.
    ///   - forecast: Forecasts for the same years.
    ///   - history: The values the forecast was made from (at least 2).
    /// - Returns: The MASE, or `nil` when the history is constant or too short, or nothing
    ///   can be compared.
    public static func mase(actual: [Double], forecast: [Double], history: [Double]) -> Double? {
        guard history.count >= 2 else { return nil }
        let scale = zip(history.dropFirst(), history).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(history.count - 1)
        let errors = zip(actual, forecast).map { abs($0 - $1) }
        guard scale > 0, !errors.isEmpty else { return nil }
        return errors.reduce(0, +) / Double(errors.count) / scale
    }

    /// The share of `actual` values inside [lower, upper], in [0, 1].
    public static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> Double? {
        let hits = zip(actual, zip(lower, upper)).map { y, bounds in (bounds.0...bounds.1).contains(y) ? 1.0 : 0.0 }
        return hits.isEmpty ? nil : hits.reduce(0, +) / Double(hits.count)
    }
}
