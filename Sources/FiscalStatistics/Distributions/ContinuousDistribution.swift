/// A continuous probability distribution on the real line: density, distribution function,
/// survival function and their inverses.
///
/// Each tail is computed directly rather than as `1 −` the other, so `survival(x)` keeps full
/// relative accuracy far in the upper tail (a p-value of 10⁻³⁰⁰ is returned as such), and
/// `inverseSurvival(_:)` inverts it without rounding `1 − q`.
public protocol ContinuousDistribution: Sendable {
    /// The probability density at `x`.
    func density(_ x: Double) -> Double
    /// The distribution function `P(X ≤ x)`.
    func cdf(_ x: Double) -> Double
    /// The survival function `P(X > x) = 1 − cdf(x)`, computed directly.
    func survival(_ x: Double) -> Double
    /// The `p`-quantile: the `x` with `cdf(x) = p`. Returns `nan` for `p` outside `[0, 1]`.
    func quantile(_ p: Double) -> Double
    /// The `x` with `survival(x) = q` (upper-tail critical value). Returns `nan` for `q`
    /// outside `[0, 1]`.
    func inverseSurvival(_ q: Double) -> Double
}

/// An invalid distribution parameter.
public struct DistributionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The parameter's name, e.g. `degreesOfFreedom`.
    public var parameter: String
    /// The value given.
    public var value: Double
    /// What the parameter must satisfy.
    public var requirement: String

    public var description: String {
        "invalid \(parameter) \(value): \(requirement)"
    }

    static func requirePositive(_ value: Double, _ name: String) throws(DistributionError) {
        guard value > 0, !value.isNaN else {
            throw DistributionError(parameter: name, value: value, requirement: "must be positive")
        }
    }
}
