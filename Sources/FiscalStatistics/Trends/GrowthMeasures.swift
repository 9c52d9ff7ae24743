import Foundation

/// One year's change from the year before.
public struct YearOverYearChange: Sendable, Hashable {
    /// The later year.
    public var year: Int
    /// The value that year.
    public var value: Double
    /// Value minus the previous year's value.
    public var change: Double
    /// Change as a percentage of the previous value; `nil` when the previous value is 0.
    public var percent: Double?
}

/// Year-over-year changes and compound growth.
public enum GrowthMeasures {
    /// The change from each year to the next.
    ///
    /// - Returns: One entry per year after the first. Percentages use |previous| as the base,
    ///   so a rise from −10 to −5 is +50 %.
    public static func yearOverYear(_ series: AnnualSeries) -> [YearOverYearChange] {
        let y = series.values
        return y.indices.dropFirst().map { i in
            let change = y[i] - y[i - 1]
            return YearOverYearChange(year: series.startYear + i, value: y[i], change: change,
                                      percent: y[i - 1] == 0 ? nil : 100 * change / abs(y[i - 1]))
        }
    }

    /// The compound annual growth rate from the first to the last year, in percent.
    ///
    /// CAGR = 100·((last / first)^(1/(years − 1)) − 1).
    ///
    /// - Throws: ``ForecastError/tooShort(method:needed:got:)`` below 2 years;
    ///   ``ForecastError/notApplicable(method:reason:)`` when the first or last value is not
    ///   positive (growth between a zero or negative and anything has no compound rate).
    public static func compoundAnnualGrowth(_ series: AnnualSeries) throws(ForecastError) -> Double {
        guard series.count >= 2 else { throw .tooShort(method: "CAGR", needed: 2, got: series.count) }
        guard let first = series.values.first, let last = series.values.last, first > 0, last > 0 else {
            throw .notApplicable(method: "CAGR", reason: "first and last values must be positive")
        }
        return 100 * (pow(last / first, 1 / Double(series.count - 1)) - 1)
    }
}

/// A value's share of a total.
public struct Share: Sendable, Hashable {
    /// The group key (e.g. the agency).
    public var key: [String]
    /// The year.
    public var year: Int
    /// The group's value.
    public var value: Double
    /// The total of all groups that year.
    public var total: Double
    /// value / total in percent; `nil` when the total is 0.
    public var percent: Double?
}

extension GrowthMeasures {
    /// Each group's share of the yearly total over all groups.
    ///
    /// - Parameter series: Keyed series, e.g. one per agency.
    /// - Returns: One share per group and year, groups in input order, years ascending.
    ///   Shares of one year add up to 100 % (when the total is not 0).
    public static func shares(_ series: [KeyedSeries]) -> [Share] {
        var totals: [Int: Double] = [:]
        for item in series {
            for (year, value) in zip(item.series.years, item.series.values) { totals[year, default: 0] += value }
        }
        return series.flatMap { item in
            zip(item.series.years, item.series.values).map { year, value in
                let total = totals[year] ?? 0
                return Share(key: item.key, year: year, value: value, total: total,
                             percent: total == 0 ? nil : 100 * value / total)
            }
        }
    }
}
