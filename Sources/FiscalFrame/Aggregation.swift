/// A reduction of the values in each group.
public enum AggregateFunction: Sendable, Hashable, CustomStringConvertible {
    /// Rows in the group (missing cells included).
    case size
    /// Present cells.
    case count
    /// Sum of present values (0 for a group without any); integers and money stay exact,
    /// booleans count `true`. Doubles are summed with Neumaier compensation.
    case sum
    /// Arithmetic mean of present values.
    case mean
    /// Median (the 0.5 quantile).
    case median
    /// Smallest present value (any type; text by Unicode order).
    case min
    /// Largest present value.
    case max
    /// Sample standard deviation (n − 1 in the denominator), by Welford's update.
    case std
    /// Sample variance.
    case variance
    /// The `q` quantile, 0 ≤ q ≤ 1, by linear interpolation between order statistics (the
    /// definition pandas and numpy use by default).
    case quantile(Double)
    /// First present value in frame order.
    case first
    /// Last present value in frame order.
    case last
    /// Number of distinct present values.
    case distinctCount

    public var description: String {
        switch self {
        case .size: "size"
        case .count: "count"
        case .sum: "sum"
        case .mean: "mean"
        case .median: "median"
        case .min: "min"
        case .max: "max"
        case .std: "std"
        case .variance: "var"
        case .quantile(let q): "q" + NumberText.plain(q * 100)
        case .first: "first"
        case .last: "last"
        case .distinctCount: "nunique"
        }
    }

    /// Parses `sum`, `mean`, `median`, `min`, `max`, `std`, `var`, `count`, `size`, `first`,
    /// `last`, `nunique`, or `q25`/`p25`/`quantile0.25` style quantiles.
    public init?(spelling: String) {
        switch spelling.lowercased() {
        case "size": self = .size
        case "count": self = .count
        case "sum": self = .sum
        case "mean", "avg", "average": self = .mean
        case "median": self = .median
        case "min": self = .min
        case "max": self = .max
        case "std": self = .std
        case "var", "variance": self = .variance
        case "first": self = .first
        case "last": self = .last
        case "nunique", "distinct": self = .distinctCount
        case let s where s.hasPrefix("quantile"):
            guard let q = Double(s.dropFirst(8)), (0...1).contains(q) else { return nil }
            self = .quantile(q)
        case let s where s.hasPrefix("q") || s.hasPrefix("p"):
            guard let p = Double(s.dropFirst()), (0...100).contains(p) else { return nil }
            self = .quantile(p / 100)
        default: return nil
        }
    }
}

/// One output column of an aggregation: a function applied to a column.
public struct Aggregation: Sendable, Hashable {
    /// The input column.
    public var column: String
    /// The reduction.
    public var function: AggregateFunction
    /// The output column name; defaults to `column_function` (`amount_sum`).
    public var name: String

    /// Creates an aggregation.
    public init(_ column: String, _ function: AggregateFunction, as name: String? = nil) {
        self.column = column
        self.function = function
        self.name = name ?? "\(column)_\(function)"
    }

    /// Shorthands.
    public static func sum(_ column: String, as name: String? = nil) -> Aggregation { .init(column, .sum, as: name) }
    public static func mean(_ column: String, as name: String? = nil) -> Aggregation { .init(column, .mean, as: name) }
    public static func count(_ column: String, as name: String? = nil) -> Aggregation { .init(column, .count, as: name) }
}
