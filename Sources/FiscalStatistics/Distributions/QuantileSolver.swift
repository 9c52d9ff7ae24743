import Foundation

/// Inversion of a tail probability on a positive variable.
///
/// Method: Newton's method on `log T(eᵘ) − log target` in `u = log x`, which is nearly linear
/// in both tails of the distributions here (power-law and exponential tails become straight
/// lines or gentle curves), kept inside a bracket that every evaluation tightens; a step that
/// leaves the bracket is replaced by bisection (or by doubling steps while one side is still
/// open). Two final Newton steps in `x` itself remove the `|u|·ε` error of the logarithmic
/// variable. Converges quadratically from the initial guesses the distributions supply; the
/// bracket guarantees termination from any guess.
enum QuantileSolver {
    /// Solves `tail(x) = target` for `x > 0`.
    ///
    /// - Parameters:
    ///   - target: a probability in (0, 1).
    ///   - initial: a positive first guess.
    ///   - isUpperTail: true when `tail` decreases in `x` (a survival function).
    ///   - tail: the tail probability.
    ///   - density: the density (the derivative of the lower tail).
    static func positiveRoot(
        target: Double, initial: Double, isUpperTail: Bool,
        tail: (Double) -> Double, density: (Double) -> Double
    ) -> Double {
        let logTarget = Foundation.log(target)
        let sign = isUpperTail ? -1.0 : 1.0
        var lo = -Double.infinity
        var hi = Double.infinity
        var u = initial > 0 && initial.isFinite ? Foundation.log(initial) : 0
        var step = 1.0
        var converged = false
        for _ in 0..<300 {
            let x = Foundation.exp(u)
            let t = tail(x)
            if t.isNaN { return .nan }
            let h = sign * (Foundation.log(t) - logTarget)
            if h == 0 { return x }
            if h < 0 { lo = max(lo, u) } else { hi = min(hi, u) }
            let slope = x * density(x) / t
            var next = u - h / slope
            if !next.isFinite || next <= lo || next >= hi || !slope.isFinite || slope <= 0 {
                if lo.isFinite && hi.isFinite {
                    next = 0.5 * (lo + hi)
                } else if lo.isFinite {
                    next = u + step
                    step *= 2
                } else {
                    next = u - step
                    step *= 2
                }
            }
            let change = abs(next - u)
            u = next
            if change <= 1e-15 * max(1, abs(u)) || (hi - lo) <= 1e-15 * max(1, abs(u)) {
                converged = true
                break
            }
        }
        var x = Foundation.exp(u)
        guard converged || x.isFinite else { return .nan }
        // Polish in x.
        for _ in 0..<3 {
            let f = density(x)
            guard f > 0, f.isFinite else { break }
            let delta = (tail(x) - target) / (sign * f)
            let next = x - delta
            guard next > 0, next.isFinite else { break }
            if abs(tail(next) - target) > abs(tail(x) - target) { break }
            x = next
            if abs(delta) <= 1e-16 * x { break }
        }
        return x
    }
}
