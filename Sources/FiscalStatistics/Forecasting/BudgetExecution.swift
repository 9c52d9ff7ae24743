import Foundation

/// One agency-year with both a budget and a final figure.
public struct ExecutionRecord: Sendable, Hashable {
    /// The fiscal year.
    public var year: Int
    /// The budgeted amount (预算).
    public var budget: Double
    /// The final amount (决算).
    public var final: Double

    public init(year: Int, budget: Double, final: Double) {
        self.year = year
        self.budget = budget
        self.final = final
    }

    /// final / budget, the execution rate.
    public var ratio: Double { final / budget }
}

/// A predicted final figure for a budget.
public struct ExecutionForecast: Sendable, Hashable {
    /// The year predicted.
    public var year: Int
    /// The budget the prediction starts from.
    public var budget: Double
    /// The predicted final figure (budget × typical execution rate).
    public var final: Double
    /// The typical execution rate used (geometric mean of past final/budget ratios).
    public var ratio: Double
    /// Prediction intervals for the final figure; empty with a single past year.
    public var intervals: [PredictionInterval]
    /// How many past years the rate comes from.
    public var historyCount: Int
    /// Notes (skipped years, missing interval).
    public var notes: [String]
}

/// Predicts an agency-year's final figure from its budget and its history of execution rates.
///
/// Method: past execution rates rᵢ = finalᵢ / budgetᵢ are modelled as log-normal and
/// exchangeable: with m and s the mean and standard deviation of log rᵢ over n years, the
/// prediction is budget·exp(m) and the interval budget·exp(m ± t(n − 1)·s·√(1 + 1/n)), the
/// usual prediction interval for a new draw from a normal sample. Years with a budget or final
/// that is not positive are skipped (with a note). Limits: a trend in execution rates is not
/// modelled, and 2–3 past years give very wide intervals, as they should.
public enum BudgetExecution {
    /// Predicts the final figure for `budget` in `year`.
    ///
    /// - Parameters:
    ///   - budget: This year's budget (positive).
    ///   - year: The year predicted.
    ///   - history: Past years with both figures.
    ///   - levels: Interval levels in percent.
    /// - Returns: The prediction; without intervals when only one usable year exists.
    /// - Throws: ``ForecastError/notApplicable(method:reason:)`` for a budget ≤ 0,
    ///   ``ForecastError/tooShort(method:needed:got:)`` with no usable history,
    ///   ``ForecastError/invalidLevel(_:)``.
    public static func predictFinal(
        budget: Double, year: Int, history: [ExecutionRecord], levels: [Double] = [80, 95]
    ) throws(ForecastError) -> ExecutionForecast {
        let method = "budget-to-final"
        for level in levels where !(level > 0 && level < 100) { throw .invalidLevel(level) }
        guard budget.isFinite, budget > 0 else { throw .notApplicable(method: method, reason: "the budget must be positive") }
        var notes: [String] = []
        let usable = history.filter { $0.budget > 0 && $0.final > 0 && $0.budget.isFinite && $0.final.isFinite }
        if usable.count < history.count {
            notes.append("\(history.count - usable.count) year(s) without a positive budget and final skipped")
        }
        guard !usable.isEmpty else { throw .tooShort(method: method, needed: 1, got: 0) }
        let logs = usable.map { log($0.ratio) }
        let n = Double(logs.count)
        let m = logs.reduce(0, +) / n
        var intervals: [PredictionInterval] = []
        if logs.count >= 2 {
            let s = (logs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)).squareRoot()
            let spread = s * (1 + 1 / n).squareRoot()
            intervals = levels.map { level in
                let t = StudentT.quantile(0.5 + level / 200, degreesOfFreedom: n - 1)
                return PredictionInterval(level: level, lower: [budget * exp(m - t * spread)], upper: [budget * exp(m + t * spread)])
            }
        } else {
            notes.append("one past year: no interval")
        }
        return ExecutionForecast(year: year, budget: budget, final: budget * exp(m), ratio: exp(m),
                                 intervals: intervals, historyCount: usable.count, notes: notes)
    }
}
