import Foundation

/// The normal distribution with a given mean and standard deviation.
///
/// `cdf` and `survival` use the C library's `erfc`, accurate to a few ulps over the whole range
/// (the relative error grows like `x²·ε` from rounding `x/√2`, about 10⁻¹³ at x = −37, the last
/// point before the tail underflows). Quantiles invert the tails by Newton steps (see
/// ``ContinuousDistribution``) from the Abramowitz–Stegun 26.2.23 approximation.
public struct Normal: ContinuousDistribution, Hashable {
    /// The mean.
    public var mean: Double
    /// The standard deviation.
    public var standardDeviation: Double

    /// The standard normal distribution.
    public static let standard = Normal(uncheckedMean: 0, standardDeviation: 1)

    /// Creates a normal distribution.
    ///
    /// - Parameters:
    ///   - mean: any finite value.
    ///   - standardDeviation: a positive value.
    /// - Throws: ``DistributionError`` when `standardDeviation` is not positive or `mean` is
    ///   not finite.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws(DistributionError) {
        try DistributionError.requirePositive(standardDeviation, "standardDeviation")
        guard mean.isFinite else {
            throw DistributionError(parameter: "mean", value: mean, requirement: "must be finite")
        }
        self.init(uncheckedMean: mean, standardDeviation: standardDeviation)
    }

    private init(uncheckedMean mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    public func density(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return Foundation.exp(-0.5 * z * z) / (standardDeviation * (2 * Double.pi).squareRoot())
    }

    public func cdf(_ x: Double) -> Double {
        Self.standardUpperTail(-(x - mean) / standardDeviation)
    }

    public func survival(_ x: Double) -> Double {
        Self.standardUpperTail((x - mean) / standardDeviation)
    }

    public func quantile(_ p: Double) -> Double {
        guard (0...1).contains(p) else { return .nan }
        if p == 0.5 { return mean }
        let z = p < 0.5 ? -Self.standardUpperQuantile(p) : Self.standardUpperQuantile(1 - p)
        return mean + standardDeviation * z
    }

    public func inverseSurvival(_ q: Double) -> Double {
        guard (0...1).contains(q) else { return .nan }
        if q == 0.5 { return mean }
        let z = q < 0.5 ? Self.standardUpperQuantile(q) : -Self.standardUpperQuantile(1 - q)
        return mean + standardDeviation * z
    }

    /// `P(Z > z)` for the standard normal.
    static func standardUpperTail(_ z: Double) -> Double {
        0.5 * Foundation.erfc(z / 2.0.squareRoot())
    }

    /// The `z ≥ 0` with `P(Z > z) = q`, for `q` in `[0, 0.5]`.
    static func standardUpperQuantile(_ q: Double) -> Double {
        if q == 0 { return .infinity }
        if q == 0.5 { return 0 }
        let t = (-2 * Foundation.log(q)).squareRoot()
        let guess = t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
            / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
        let density = { (z: Double) in Foundation.exp(-0.5 * z * z) / (2 * Double.pi).squareRoot() }
        return QuantileSolver.positiveRoot(
            target: q, initial: max(guess, 1e-3), isUpperTail: true,
            tail: standardUpperTail, density: density)
    }
}
