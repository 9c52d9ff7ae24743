/// Quantile helpers for intervals, on top of the distributions in `Distributions/`.
enum NormalQuantile {
    /// The `p`-quantile of the standard normal distribution.
    static func quantile(_ p: Double) -> Double { Normal.standard.quantile(p) }

    /// The multiplier z such that ±z standard deviations cover `level` percent.
    static func twoSided(level: Double) -> Double { quantile(0.5 + level / 200) }
}

extension StudentT {
    /// The `p`-quantile of Student's t with `degreesOfFreedom` ≥ 1 (callers guarantee it;
    /// a non-positive value gives NaN rather than trapping).
    static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
        guard let distribution = try? StudentT(degreesOfFreedom: degreesOfFreedom) else { return .nan }
        return distribution.quantile(p)
    }
}
