import Foundation

/// Options shared by every forecast.
public struct ForecastOptions: Sendable, Hashable {
    /// Interval levels in percent (default 80 and 95).
    public var levels: [Double]
    /// Whether forecasts and bounds are floored at zero (true for money and counts).
    public var isNonNegative: Bool
    /// A break year and how to treat it, if any.
    public var structuralBreak: BreakTreatment?

    public init(levels: [Double] = [80, 95], isNonNegative: Bool = true, structuralBreak: BreakTreatment? = nil) {
        self.levels = levels
        self.isNonNegative = isNonNegative
        self.structuralBreak = structuralBreak
    }
}

/// How a known structural break is handled when forecasting or fitting a trend.
public struct BreakTreatment: Sendable, Hashable {
    /// What to do with the years before the break.
    public enum Mode: String, Sendable, Hashable {
        /// Drop years before `year`: fit only on the new regime.
        case exclude
        /// Keep them, rescaled by the estimated level shift at `year` (a level-shift dummy).
        case levelShift = "level-shift"
    }
    /// The first year of the new regime.
    public var year: Int
    /// The treatment.
    public var mode: Mode

    public init(year: Int, mode: Mode) {
        self.year = year
        self.mode = mode
    }
}

/// Forecasts short annual series.
///
/// `forecast(_:horizon:method:options:)` is deterministic: the same input gives the same
/// output bit for bit (simulation uses a fixed seed). The `auto` method works as follows:
/// - 1 point: refused (``ForecastError/tooShort(method:needed:got:)``).
/// - 2 points: naive, with an interval from the single observed change and Student-t(1)
///   quantiles (12.7 standard deviations at 95 %): honest, hence very wide.
/// - a zero-heavy series (at least two zeros and a quarter of the years): ``ForecastMethod/twoPart``.
/// - 3–5 points: the standard Theta method (SES plus half the least-squares slope).
/// - 6 or more: the mean, per year, of DOTM, drift and damped Holt. DOTM lets the trend follow
///   recent years, damping guards against runaway trends, and drift anchors the combination to
///   the average historical change. Intervals are those of the equal-weight mixture of the three
///   normal forecasts (mean variance plus the variance of the means), so model disagreement
///   widens them. On yearly data they still cover less than nominal (see `Scripts/m3`).
/// - with `isNonNegative`, forecasts and bounds are floored at 0 (noted in ``Forecast/notes``).
public enum Forecaster {
    /// The longest horizon accepted (annual forecasts beyond a century are not meaningful).
    public static let maximumHorizon = 100

    /// Forecasts `series` for `horizon` years.
    ///
    /// - Parameters:
    ///   - series: The history.
    ///   - horizon: Years ahead, 1 to ``maximumHorizon``.
    ///   - method: The method (default `auto`).
    ///   - options: Interval levels, non-negativity, break treatment.
    /// - Returns: Point forecasts and intervals, starting the year after the series ends.
    /// - Throws: ``ForecastError`` when the series is too short for the method, the horizon
    ///   or a level is invalid, or the method does not apply (e.g. a log model on zeros).
    /// - Complexity: O(n · e) per fitted model, e ≈ a few hundred optimizer evaluations.
    public static func forecast(
        _ series: AnnualSeries, horizon: Int, method: ForecastMethod = .auto, options: ForecastOptions = .init()
    ) throws(ForecastError) -> Forecast {
        guard horizon >= 1, horizon <= maximumHorizon else { throw .invalidHorizon(horizon) }
        for level in options.levels where !(level > 0 && level < 100) { throw .invalidLevel(level) }
        var notes: [String] = []
        var y = series.values
        if let treatment = options.structuralBreak {
            y = try BreakAdjustment.apply(treatment, to: series, notes: &notes)
        }
        var chosen = method
        if method == .auto {
            chosen = autoMethod(for: y, notes: &notes)
        } else if method == .backtest {
            chosen = backtestMethod(for: y, horizon: horizon, options: options, notes: &notes)
        }
        let start = series.endYear + 1
        var result: Forecast
        switch chosen {
        case .twoPart:
            result = try TwoPartForecast.forecast(y, horizon: horizon, levels: options.levels, startYear: start)
        default:
            let component = try Components.make(chosen, y, horizon: horizon)
            result = component.forecast(levels: options.levels, startYear: start)
        }
        result.notes = notes + result.notes
        if options.isNonNegative, result.clamp(atLeast: 0) {
            result.notes.append("negative values floored at 0")
        }
        return result
    }

    /// The method with the best rolling-origin MASE, or what `auto` chooses for short series.
    static func backtestMethod(for y: [Double], horizon: Int, options: ForecastOptions, notes: inout [String]) -> ForecastMethod {
        guard y.count >= 8 else {
            notes.append("\(y.count) years are too few to backtest (8 needed)")
            return autoMethod(for: y, notes: &notes)
        }
        let report = Backtest.evaluate(AnnualSeries(unchecked: 0, y), methods: Backtest.defaultCandidates,
                                       horizon: horizon, minimumTraining: max(5, y.count / 2), options: options)
        guard let best = report.best, let score = report.scores.first(where: { $0.method == best }) else {
            return autoMethod(for: y, notes: &notes)
        }
        notes.append("backtest chose \(best) (MASE \(formatRatio(score.mase)) over \(score.origins) origins)")
        return best
    }

    /// The method `auto` resolves to for values `y`, with a note when it falls back.
    static func autoMethod(for y: [Double], notes: inout [String]) -> ForecastMethod {
        let zeros = y.filter { $0 == 0 }.count
        if y.count >= 3, zeros >= 2, Double(zeros) >= 0.25 * Double(y.count) {
            notes.append("\(zeros) of \(y.count) years are zero: two-part forecast")
            return .twoPart
        }
        switch y.count {
        case ...2:
            notes.append("\(y.count) year\(y.count == 1 ? "" : "s") of data: naive forecast")
            return .naive
        case 3...5:
            notes.append("\(y.count) years of data: Theta method")
            return .theta
        default:
            return .combination
        }
    }
}
