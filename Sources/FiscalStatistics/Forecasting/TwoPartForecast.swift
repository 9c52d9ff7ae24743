import Foundation

/// A two-part forecast for series that are often exactly zero.
///
/// Method (Teunter, Syntetos & Babai 2011, "TSB"): the probability that a year is non-zero is
/// smoothed every year, p ← p + a·(1[yₜ ≠ 0] − p), and the size of non-zero years is smoothed
/// only in non-zero years, z ← z + a·(yₜ − z), both with a = 0.3 and initialized from the
/// first non-zero year. The point forecast is p·z, the expected value. Recent years weigh
/// most, so a series that stopped (outbound travel after 2020) forecasts near zero.
///
/// Intervals come from the mixture "zero with probability 1 − p, otherwise normal(z, s²)
/// truncated at 0", with s the standard deviation of the non-zero values (or z/2 with a single
/// non-zero year). A bound whose tail probability falls inside the zero mass is 0.
enum TwoPartForecast {
    static let smoothing = 0.3

    static func forecast(_ y: [Double], horizon: Int, levels: [Double], startYear: Int) throws(ForecastError) -> Forecast {
        guard y.count >= 2 else { throw .tooShort(method: "two-part", needed: 2, got: y.count) }
        let nonZero = y.filter { $0 != 0 }
        guard let first = nonZero.first else {
            let zeros = Array(repeating: 0.0, count: horizon)
            return Forecast(method: "two-part", startYear: startYear, mean: zeros,
                            intervals: levels.map { PredictionInterval(level: $0, lower: zeros, upper: zeros) },
                            notes: ["every year is zero"])
        }
        var p = 1.0 / Double(y.count), size = first
        var seenNonZero = false
        for value in y {
            p += smoothing * ((value != 0 ? 1 : 0) - p)
            if value != 0 {
                size = seenNonZero ? size + smoothing * (value - size) : value
                seenNonZero = true
            }
        }
        let spread: Double
        if nonZero.count >= 2 {
            let mean = nonZero.reduce(0, +) / Double(nonZero.count)
            spread = (nonZero.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(nonZero.count - 1)).squareRoot()
        } else {
            spread = abs(size) / 2
        }
        let point = Array(repeating: p * size, count: horizon)
        let intervals = levels.map { level -> PredictionInterval in
            let tail = (1 - level / 100) / 2
            let lower = mixtureQuantile(tail, p: p, size: size, spread: spread)
            let upper = mixtureQuantile(1 - tail, p: p, size: size, spread: spread)
            return PredictionInterval(level: level, lower: Array(repeating: lower, count: horizon),
                                      upper: Array(repeating: upper, count: horizon))
        }
        return Forecast(method: "two-part", startYear: startYear, mean: point, intervals: intervals,
                        notes: ["probability of a non-zero year \(formatPercent(p))"])
    }

    /// The `q`-quantile of the zero/truncated-normal mixture.
    static func mixtureQuantile(_ q: Double, p: Double, size: Double, spread: Double) -> Double {
        let zeroMass = 1 - p
        if q <= zeroMass || spread <= 0 { return q <= zeroMass ? 0 : max(0, size) }
        // Quantile of the size distribution truncated below at 0.
        let below = normalCDF(-size / spread)
        let r = (q - zeroMass) / p
        let x = size + spread * NormalQuantile.quantile(below + r * (1 - below))
        return max(0, x)
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
}

func formatPercent(_ value: Double) -> String {
    (value * 100).formatted(.number.precision(.fractionLength(0)).locale(Locale(identifier: "en_US_POSIX"))) + "%"
}
