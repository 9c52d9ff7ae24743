/// A prediction interval at one confidence level.
public struct PredictionInterval: Sendable, Hashable {
    /// Nominal coverage in percent, e.g. 80 or 95.
    public var level: Double
    /// Lower bound per horizon step.
    public var lower: [Double]
    /// Upper bound per horizon step.
    public var upper: [Double]

    public init(level: Double, lower: [Double], upper: [Double]) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// Point forecasts and prediction intervals for the years after a series ends.
public struct Forecast: Sendable, Hashable {
    /// The method that produced the forecast (e.g. `"ets(A,Ad,N)"`, `"combination"`).
    public var method: String
    /// The first forecast year.
    public var startYear: Int
    /// Point forecasts, one per horizon step.
    public var mean: [Double]
    /// Prediction intervals, in the order the levels were requested.
    public var intervals: [PredictionInterval]
    /// Notes on how the forecast was made (fallbacks, breaks, clamping); empty when none.
    public var notes: [String]

    public init(method: String, startYear: Int, mean: [Double], intervals: [PredictionInterval], notes: [String] = []) {
        self.method = method
        self.startYear = startYear
        self.mean = mean
        self.intervals = intervals
        self.notes = notes
    }

    /// The forecast years.
    public var years: [Int] { mean.indices.map { startYear + $0 } }
    /// The horizon.
    public var horizon: Int { mean.count }

    /// The interval at `level`, if it was computed.
    public func interval(at level: Double) -> PredictionInterval? {
        intervals.first { abs($0.level - level) < 1e-9 }
    }

    /// Raises every point and bound to at least `floor` (money cannot be negative).
    ///
    /// - Returns: Whether anything changed.
    @discardableResult
    mutating func clamp(atLeast floor: Double) -> Bool {
        var changed = false
        func fix(_ values: inout [Double]) {
            for i in values.indices where values[i] < floor { values[i] = floor; changed = true }
        }
        fix(&mean)
        for i in intervals.indices {
            fix(&intervals[i].lower)
            fix(&intervals[i].upper)
        }
        return changed
    }
}
