import Foundation

/// A fitted straight-line trend, on the values or on their logarithms.
public struct TrendLine: Sendable, Hashable {
    /// The scale the line was fitted on.
    public enum Scale: String, Sendable, Hashable {
        /// y = a + b·year: `slope` is the change per year in the data's unit.
        case linear
        /// log y = a + b·year: growth per year is exp(b) − 1.
        case logarithmic = "log-linear"
    }

    /// The scale.
    public var scale: Scale
    /// Years used in the fit.
    public var count: Int
    /// Slope per year on the fitted scale.
    public var slope: Double
    /// Standard error of the slope (OLS, homoskedastic errors).
    public var slopeStandardError: Double
    /// Fitted value (on the fitted scale) at the last year used.
    public var fittedAtEnd: Double
    /// Coefficient of determination.
    public var rSquared: Double
    /// Confidence level of the interval, in percent.
    public var level: Double
    /// Confidence interval for the slope at `level`.
    public var slopeInterval: ClosedRange<Double>
    /// The level shift at the break, on the fitted scale, when a level-shift dummy was modelled.
    public var levelShift: Double?
    /// The year a break was treated at, if any.
    public var breakYear: Int?

    /// Growth per year in percent: the slope for a linear line relative to the fitted end value,
    /// exp(slope) − 1 for a log-linear line.
    public var growthPercent: Double {
        switch scale {
        case .linear: fittedAtEnd == 0 ? .nan : 100 * slope / abs(fittedAtEnd)
        case .logarithmic: 100 * (exp(slope) - 1)
        }
    }

    /// The growth interval in percent (log-linear: exp of the slope interval minus 1;
    /// linear: the slope interval relative to the fitted end value).
    public var growthInterval: ClosedRange<Double> {
        switch scale {
        case .linear:
            let base = abs(fittedAtEnd)
            return base == 0 ? -Double.infinity...Double.infinity
                : (100 * slopeInterval.lowerBound / base)...(100 * slopeInterval.upperBound / base)
        case .logarithmic:
            let lower = 100 * (exp(slopeInterval.lowerBound) - 1), upper = 100 * (exp(slopeInterval.upperBound) - 1)
            return lower <= upper ? lower...upper : -Double.infinity...Double.infinity
        }
    }

    /// Fits a least-squares trend line.
    ///
    /// Method: ordinary least squares of y (or log y) on the year, in closed form on centered
    /// data, which is exact to rounding for one or two regressors. With a break treated as
    /// ``BreakTreatment/Mode/levelShift``, a 0/1 dummy for the years from the break on is a
    /// second regressor and the slope is the within-regime trend. With
    /// ``BreakTreatment/Mode/exclude``, only the years from the break on are used. The slope
    /// interval is slope ± t(level, n − p)·SE with p the number of coefficients.
    ///
    /// - Parameters:
    ///   - series: The data.
    ///   - scale: Linear or log-linear.
    ///   - level: Confidence level in percent (default 95).
    ///   - structuralBreak: An optional break treatment.
    /// - Returns: The line.
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` with fewer than p + 1 years
    ///   (an interval needs at least one residual degree of freedom);
    ///   ``ForecastError/notApplicable(method:reason:)`` for a log line through values ≤ 0;
    ///   ``ForecastError/invalidLevel(_:)``.
    /// - Complexity: O(n).
    public static func fit(
        _ series: AnnualSeries, scale: Scale = .linear, level: Double = 95, structuralBreak: BreakTreatment? = nil
    ) throws(ForecastError) -> TrendLine {
        guard level > 0, level < 100 else { throw .invalidLevel(level) }
        var years = series.years.map(Double.init)
        var y = series.values
        var dummy: [Double]?
        var breakYear: Int?
        if let treatment = structuralBreak, treatment.year > series.startYear, treatment.year <= series.endYear {
            breakYear = treatment.year
            let cut = treatment.year - series.startYear
            switch treatment.mode {
            case .exclude:
                years = Array(years[cut...]); y = Array(y[cut...])
            case .levelShift:
                dummy = y.indices.map { $0 >= cut ? 1 : 0 }
            }
        }
        let name = scale == .linear ? "linear trend" : "log-linear trend"
        if scale == .logarithmic {
            guard y.allSatisfy({ $0 > 0 }) else { throw .notApplicable(method: name, reason: "values must be positive") }
            y = y.map { log($0) }
        }
        let parameters = dummy == nil ? 2 : 3
        guard y.count >= parameters + 1 else { throw .tooShort(method: name, needed: parameters + 1, got: y.count) }
        let n = Double(y.count)
        let mx = years.reduce(0, +) / n, my = y.reduce(0, +) / n
        let x = years.map { $0 - mx }, v = y.map { $0 - my }
        var slope: Double, shift: Double?, varianceFactor: Double
        var fitted: [Double]
        let sxx = x.reduce(0) { $0 + $1 * $1 }
        if let dummy {
            let md = dummy.reduce(0, +) / n
            let d = dummy.map { $0 - md }
            let sdd = d.reduce(0) { $0 + $1 * $1 }, sxd = zip(x, d).reduce(0) { $0 + $1.0 * $1.1 }
            let sxy = zip(x, v).reduce(0) { $0 + $1.0 * $1.1 }, sdy = zip(d, v).reduce(0) { $0 + $1.0 * $1.1 }
            let det = sxx * sdd - sxd * sxd
            guard det > 1e-12 * sxx * sdd else {
                throw .notApplicable(method: name, reason: "the break leaves too few years on one side")
            }
            slope = (sdd * sxy - sxd * sdy) / det
            let delta = (sxx * sdy - sxd * sxy) / det
            shift = delta
            varianceFactor = sdd / det
            fitted = zip(x, d).map { my + slope * $0.0 + delta * $0.1 }
        } else {
            guard sxx > 0 else { throw .tooShort(method: name, needed: 3, got: y.count) }
            slope = zip(x, v).reduce(0) { $0 + $1.0 * $1.1 } / sxx
            varianceFactor = 1 / sxx
            fitted = x.map { my + slope * $0 }
        }
        let rss = zip(y, fitted).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let tss = v.reduce(0) { $0 + $1 * $1 }
        let dof = y.count - parameters
        let se = (rss / Double(dof) * varianceFactor).squareRoot()
        let t = StudentT.quantile(0.5 + level / 200, degreesOfFreedom: Double(dof))
        let lower = slope - t * se, upper = slope + t * se
        guard lower <= upper else {
            throw .notApplicable(method: name, reason: "the values are too large to fit a line")
        }
        return TrendLine(
            scale: scale, count: y.count, slope: slope, slopeStandardError: se,
            fittedAtEnd: fitted.last ?? .nan, rSquared: tss > 0 ? 1 - rss / tss : 1, level: level,
            slopeInterval: lower...upper, levelShift: shift, breakYear: breakYear)
    }
}
