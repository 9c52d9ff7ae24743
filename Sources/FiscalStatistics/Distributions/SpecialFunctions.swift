import Foundation

/// Special functions behind the distributions: log-gamma corrections, log-beta, and the
/// regularized incomplete gamma and beta functions.
///
/// Method. The incomplete functions are evaluated by their power series or their continued
/// fraction (modified Lentz), whichever converges on the side of the mean the argument lies on;
/// the other tail is then `1 −` the computed one, so each result carries the tail that was
/// computed directly (`lower` or `upper`) at full relative accuracy. The prefactors
/// `xᵃ e⁻ˣ / Γ(a)` and `xᵃ (1 − x)ᵇ / B(a, b)` are formed from Stirling's series when the
/// parameters are large (≥ 10), with `log(1 + d) − d` taken by its series near zero, so that no
/// large logarithms cancel: the relative error of the prefactor stays near `ε·|log result|`.
///
/// Limits. The number of continued-fraction terms grows like √max(a, b); parameters up to about
/// 10⁹ converge within the iteration cap. A result that does not converge is `nan`, never a
/// silently truncated value.
enum SpecialFunctions {
    /// The Stirling-series remainder `log Γ(x) − [(x − ½) log x − x + ½ log 2π]`, for `x ≥ 10`.
    ///
    /// Absolute error below 10⁻¹⁷ for `x ≥ 10` (the series is truncated after the x⁻¹⁵ term).
    static func stirlingCorrection(_ x: Double) -> Double {
        let r = 1 / x
        let r2 = r * r
        // Bernoulli coefficients B_2k / (2k (2k − 1)).
        let c: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360,
            1.0 / 156, -3617.0 / 122_400,
        ]
        var sum = 0.0
        for coefficient in c.reversed() {
            sum = sum * r2 + coefficient
        }
        return sum * r
    }

    /// `log(1 + d) − d`, accurate relative to its own size also for small `d`.
    static func log1pMinusX(_ d: Double) -> Double {
        if abs(d) > 0.25 {
            return Foundation.log1p(d) - d
        }
        // −d²/2 + d³/3 − d⁴/4 + …
        var term = d
        var sum = 0.0
        var k = 2.0
        while k < 200 {
            term *= -d
            let next = term / k
            sum += next
            if abs(next) <= abs(sum) * 1e-17 { break }
            k += 1
        }
        return sum
    }

    /// `log Γ(x)` for `x > 0` (the C library's `lgamma`, accurate to a few ulps).
    static func logGamma(_ x: Double) -> Double {
        Foundation.lgamma(x)
    }

    /// `log B(a, b)` without cancellation between large log-gamma values (the decomposition of
    /// R's `lbeta`: Stirling corrections when one or both arguments are ≥ 10).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b)
        let q = max(a, b)
        if p >= 10 {
            let corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * Foundation.log(q) + 0.918_938_533_204_672_741_78 + corr
                + (p - 0.5) * Foundation.log(p / (p + q)) + q * Foundation.log1p(-p / (p + q))
        }
        if q >= 10 {
            let corr = stirlingCorrection(q) - stirlingCorrection(p + q)
            return logGamma(p) + corr + p - p * Foundation.log(p + q)
                + (q - 0.5) * Foundation.log1p(-p / (p + q))
        }
        return logGamma(p) + logGamma(q) - logGamma(p + q)
    }

    /// `log(ρ) − (ρ − 1)` for a ratio `ρ` given directly (not as `1 + d`): by the series of
    /// `log(1 + d) − d` near `ρ = 1`, and from `log ρ` itself away from it, so that a tiny `ρ`
    /// keeps its relative accuracy.
    static func logRatioMinusLinear(_ ratio: Double) -> Double {
        let d = ratio - 1
        return abs(d) < 0.5 ? log1pMinusX(d) : Foundation.log(ratio) - d
    }

    /// `xᵃ e⁻ˣ / Γ(a)`, the prefactor of the incomplete gamma function.
    static func gammaPrefactor(_ a: Double, _ x: Double) -> Double {
        if x == 0 { return a < 1 ? .infinity : (a == 1 ? 1 : 0) }
        if a >= 10 {
            // xᵃ e⁻ˣ / Γ(a) = exp(a·(log ρ − (ρ − 1))) · √(a/2π) · e^{−corr(a)}, ρ = x/a.
            return Foundation.exp(a * logRatioMinusLinear(x / a) - stirlingCorrection(a))
                * (a / (2 * Double.pi)).squareRoot()
        }
        return Foundation.exp(a * Foundation.log(x) - x - logGamma(a))
    }

    /// `log x` for `x` in (0, 1) given with its complement `y = 1 − x`, from whichever of the two
    /// is the smaller (and so exactly represented).
    static func logOfComplementPair(_ x: Double, _ y: Double) -> Double {
        x > 0.5 ? Foundation.log1p(-y) : Foundation.log(x)
    }

    /// `xᵃ yᵇ / B(a, b)` with `y = 1 − x` given separately, the prefactor of the incomplete beta
    /// function.
    static func betaPrefactor(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        if a >= 10 && b >= 10 {
            // x = a/(a+b)·ρ₁, y = b/(a+b)·ρ₂ with a(ρ₁ − 1) + b(ρ₂ − 1) = 0, so the linear
            // terms of the logarithms cancel exactly and only log ρ − (ρ − 1) remains.
            let c = a + b
            let corr = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(c)
            let first = a * logRatioMinusLinear(x * (c / a))
            let second = b * logRatioMinusLinear(y * (c / b))
            return Foundation.exp(first + second - corr) * (a * b / (2 * Double.pi * c)).squareRoot()
        }
        return Foundation.exp(
            a * logOfComplementPair(x, y) + b * logOfComplementPair(y, x) - logBeta(a, b))
    }

    /// A pair of complementary tail probabilities.
    struct Tails {
        var lower: Double
        var upper: Double
    }

    /// The regularized incomplete gamma functions `P(a, x)` and `Q(a, x) = 1 − P(a, x)`.
    ///
    /// - Complexity: O(√a) terms near `x ≈ a`, a handful far from it.
    static func incompleteGamma(_ a: Double, _ x: Double) -> Tails {
        if x <= 0 { return Tails(lower: 0, upper: 1) }
        if x == .infinity { return Tails(lower: 1, upper: 0) }
        let maxIterations = 1_000 + Int(min(20 * a.squareRoot(), 1e7))
        if x < a + 1 {
            // Series: P = xᵃ e⁻ˣ / Γ(a + 1) · Σ xⁿ / ((a + 1)…(a + n)).
            var term = 1.0
            var sum = 1.0
            var n = 1.0
            var converged = false
            for _ in 0..<maxIterations {
                term *= x / (a + n)
                sum += term
                if term <= sum * 1e-17 {
                    converged = true
                    break
                }
                n += 1
            }
            guard converged else { return Tails(lower: .nan, upper: .nan) }
            let p = gammaPrefactor(a, x) / a * sum
            return Tails(lower: p, upper: 1 - p)
        }
        // Continued fraction for Q (Legendre), modified Lentz.
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var converged = false
        var i = 1.0
        for _ in 0..<maxIterations {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 3e-16 {
                converged = true
                break
            }
            i += 1
        }
        guard converged else { return Tails(lower: .nan, upper: .nan) }
        let q = gammaPrefactor(a, x) * h
        return Tails(lower: 1 - q, upper: q)
    }

    /// The regularized incomplete beta function `I_x(a, b)` and its complement, with
    /// `y = 1 − x` passed separately so that both can be exact inputs.
    ///
    /// - Complexity: O(√max(a, b)) continued-fraction terms in the worst case.
    static func incompleteBeta(_ a: Double, _ b: Double, x: Double, y: Double) -> Tails {
        if x <= 0 { return Tails(lower: 0, upper: 1) }
        if y <= 0 { return Tails(lower: 1, upper: 0) }
        if x > (a + 1) / (a + b + 2) {
            let swapped = incompleteBeta(b, a, x: y, y: x)
            return Tails(lower: swapped.upper, upper: swapped.lower)
        }
        let value = betaPrefactor(a, b, x: x, y: y) * betaContinuedFraction(a, b, x: x) / a
        return Tails(lower: value, upper: 1 - value)
    }

    /// The continued fraction of `I_x(a, b)` (Numerical Recipes' `betacf`), modified Lentz.
    private static func betaContinuedFraction(_ a: Double, _ b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let maxIterations = 1_000 + Int(min(20 * max(a, b).squareRoot(), 1e7))
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        for _ in 0..<maxIterations {
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 3e-16 { return h }
            m += 1
        }
        return .nan
    }
}
