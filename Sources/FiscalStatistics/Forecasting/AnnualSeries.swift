/// A short annual series: one value per consecutive year.
///
/// Years must increase by exactly one; a gap is an error rather than something to interpolate
/// silently. Values must be finite (missing years are not representable: drop or fill them
/// explicitly before building a series).
public struct AnnualSeries: Sendable, Hashable {
    /// The first year of the series.
    public let startYear: Int
    /// The values, one per year from `startYear`.
    public let values: [Double]

    /// Creates a series from consecutive years.
    ///
    /// - Parameters:
    ///   - startYear: The year of `values[0]`.
    ///   - values: Finite values, one per year.
    /// - Throws: ``ForecastError/nonFiniteValue(year:)`` for NaN or infinite values.
    public init(startYear: Int, values: [Double]) throws(ForecastError) {
        for (offset, value) in values.enumerated() where !value.isFinite {
            throw .nonFiniteValue(year: startYear + offset)
        }
        self.startYear = startYear
        self.values = values
    }

    /// Creates a series from (year, value) pairs in any order.
    ///
    /// - Throws: ``ForecastError/duplicateYear(_:)``, ``ForecastError/missingYear(_:)``, or
    ///   ``ForecastError/nonFiniteValue(year:)``.
    public init(years: [Int], values: [Double]) throws(ForecastError) {
        guard years.count == values.count else { throw .lengthMismatch(years: years.count, values: values.count) }
        let order = years.indices.sorted { years[$0] < years[$1] }
        var sorted: [Double] = []
        sorted.reserveCapacity(values.count)
        for (position, index) in order.enumerated() {
            if position > 0 {
                let previous = years[order[position - 1]]
                if years[index] == previous { throw .duplicateYear(previous) }
                if years[index] != previous + 1 { throw .missingYear(previous + 1) }
            }
            sorted.append(values[index])
        }
        try self.init(startYear: order.first.map { years[$0] } ?? 0, values: sorted)
    }

    /// The number of years.
    public var count: Int { values.count }
    /// The years covered, in order.
    public var years: [Int] { values.indices.map { startYear + $0 } }
    /// The last year, or `startYear - 1` for an empty series.
    public var endYear: Int { startYear + values.count - 1 }

    /// The part of the series from `year` on (empty if `year` is past the end).
    public func suffix(from year: Int) -> AnnualSeries {
        let drop = min(max(0, year - startYear), values.count)
        // Values were validated on construction; slicing keeps them finite.
        return AnnualSeries(unchecked: max(year, startYear), Array(values.dropFirst(drop)))
    }

    /// The first `count` years.
    public func prefix(_ count: Int) -> AnnualSeries {
        AnnualSeries(unchecked: startYear, Array(values.prefix(max(0, count))))
    }

    init(unchecked startYear: Int, _ values: [Double]) {
        self.startYear = startYear
        self.values = values
    }
}

/// Why a series cannot be trended or forecast.
public enum ForecastError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A value is NaN or infinite.
    case nonFiniteValue(year: Int)
    /// A year appears twice.
    case duplicateYear(Int)
    /// The years are not consecutive; the first missing year.
    case missingYear(Int)
    /// Years and values differ in length.
    case lengthMismatch(years: Int, values: Int)
    /// Too few observations for the requested method.
    case tooShort(method: String, needed: Int, got: Int)
    /// The horizon must be at least 1.
    case invalidHorizon(Int)
    /// A confidence level outside (0, 100).
    case invalidLevel(Double)
    /// An unknown method name.
    case unknownMethod(String)
    /// The method does not apply to this series (e.g. log trend of non-positive values).
    case notApplicable(method: String, reason: String)

    public var description: String {
        switch self {
        case .nonFiniteValue(let year): "value for \(year) is not a finite number"
        case .duplicateYear(let year): "year \(year) appears more than once"
        case .missingYear(let year): "year \(year) is missing (years must be consecutive)"
        case .lengthMismatch(let years, let values): "\(years) years but \(values) values"
        case .tooShort(let method, let needed, let got):
            "\(method) needs at least \(needed) years of data, got \(got)"
        case .invalidHorizon(let horizon): "horizon must be between 1 and 100 years, got \(horizon)"
        case .invalidLevel(let level): "confidence level must be between 0 and 100, got \(level)"
        case .unknownMethod(let name): "unknown method '\(name)'"
        case .notApplicable(let method, let reason): "\(method) does not apply: \(reason)"
        }
    }
}
