import Foundation

/// Robust summaries of a sample: quantiles, median, median absolute deviation, robust z-scores
/// and Tukey's fences.
///
/// All functions ignore nothing silently: a sample containing `nan` or infinities is rejected
/// with ``RobustStatisticsError/nonFiniteValue(index:)``, an empty sample with
/// ``RobustStatisticsError/emptySample``.
public enum RobustStatistics {
    /// The consistency constant 1/Φ⁻¹(¾) that makes the MAD estimate σ for normal data.
    public static let normalConsistency = 1.482_602_218_505_602

    /// The `p`-quantile by linear interpolation between order statistics (Hyndman–Fan type 7,
    /// the default of numpy `quantile`, R `quantile` and pandas): with the sorted sample
    /// `x₀ ≤ … ≤ xₙ₋₁` and `h = (n − 1)p`, the value `x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)`.
    ///
    /// - Parameters:
    ///   - values: the sample, in any order.
    ///   - p: a probability in `[0, 1]`.
    /// - Throws: ``RobustStatisticsError``.
    /// - Complexity: O(n log n) for the sort.
    public static func quantile(_ values: [Double], _ p: Double) throws(RobustStatisticsError) -> Double {
        try quantiles(values, [p])[0]
    }

    /// Several type-7 quantiles of one sample, sorting it once.
    public static func quantiles(_ values: [Double], _ probabilities: [Double]) throws(RobustStatisticsError) -> [Double] {
        let sorted = try sortedFinite(values)
        var result: [Double] = []
        for p in probabilities {
            guard (0...1).contains(p) else { throw .probabilityOutOfRange(p) }
            result.append(sortedQuantile(sorted, p))
        }
        return result
    }

    /// The median (the type-7 ½-quantile: the mean of the two middle values for even n).
    public static func median(_ values: [Double]) throws(RobustStatisticsError) -> Double {
        try quantile(values, 0.5)
    }

    /// The median absolute deviation from the median, `median |xᵢ − median(x)|`, times `scale`.
    ///
    /// - Parameters:
    ///   - values: the sample.
    ///   - scale: 1 for the raw MAD; the default ``normalConsistency`` makes it a consistent
    ///     estimate of the standard deviation for normal data (scipy's `scale="normal"`).
    public static func medianAbsoluteDeviation(
        _ values: [Double], scale: Double = normalConsistency
    ) throws(RobustStatisticsError) -> Double {
        let center = try median(values)
        return try scale * median(values.map { abs($0 - center) })
    }

    /// Robust z-scores `(xᵢ − median) / (1.4826·MAD)`.
    ///
    /// - Returns: one score per value, or nil when the MAD is zero (more than half the sample
    ///   equal): the scale is then undefined and no score is meaningful.
    public static func robustZScores(_ values: [Double]) throws(RobustStatisticsError) -> [Double]? {
        let center = try median(values)
        let mad = try medianAbsoluteDeviation(values)
        guard mad > 0 else { return nil }
        return values.map { ($0 - center) / mad }
    }

    /// Tukey's fences `Q1 − k·IQR` and `Q3 + k·IQR` from type-7 quartiles.
    ///
    /// - Parameters:
    ///   - values: the sample.
    ///   - k: 1.5 for the usual inner fences, 3 for the outer ones.
    public static func tukeyFences(
        _ values: [Double], k: Double = 1.5
    ) throws(RobustStatisticsError) -> (lower: Double, upper: Double) {
        let q = try quantiles(values, [0.25, 0.75])
        let iqr = q[1] - q[0]
        return (q[0] - k * iqr, q[1] + k * iqr)
    }

    static func sortedFinite(_ values: [Double]) throws(RobustStatisticsError) -> [Double] {
        guard !values.isEmpty else { throw .emptySample }
        if let index = values.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: index) }
        return values.sorted()
    }

    static func sortedQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = h - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}

/// Why a robust summary could not be computed.
public enum RobustStatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    case emptySample
    /// The value at `index` is `nan` or infinite.
    case nonFiniteValue(index: Int)
    case probabilityOutOfRange(Double)

    public var description: String {
        switch self {
        case .emptySample: "the sample is empty"
        case .nonFiniteValue(let index): "value \(index + 1) of the sample is not a finite number"
        case .probabilityOutOfRange(let p): "probability \(p) is outside [0, 1]"
        }
    }
}
