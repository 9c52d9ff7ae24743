import Foundation

/// Upper-tail integrals `∫ₛ^∞ f(t) dt` of smooth, log-concave-like densities by adaptive
/// Gauss–Legendre quadrature.
///
/// Used where the incomplete-beta continued fraction loses digits: Student's t with very large
/// ν (the fraction's first terms cancel when ν/(ν + t²) is within 10⁻⁴ of 1). The range is cut
/// into panels of width `h` from `s` outward until a panel adds less than 10⁻¹⁸ of the sum;
/// each panel is accepted when a 20-point rule on it and on its two halves agree to 10⁻¹⁴
/// relative, else it is halved (to depth 6). The integrand must be evaluated with relative
/// accuracy; the result then has relative error near 10⁻¹⁵.
enum TailQuadrature {
    /// Gauss–Legendre nodes and weights on [−1, 1] (Newton's method on P₂₀).
    static let rule: (nodes: [Double], weights: [Double]) = {
        let n = 20
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        for i in 0..<(n + 1) / 2 {
            var z = Foundation.cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p1 = 1.0
                var p2 = 0.0
                for j in 1...n {
                    let p3 = p2
                    p2 = p1
                    p1 = ((2 * Double(j) - 1) * z * p2 - (Double(j) - 1) * p3) / Double(j)
                }
                derivative = Double(n) * (z * p1 - p2) / (z * z - 1)
                let step = p1 / derivative
                z -= step
                if abs(step) < 1e-16 { break }
            }
            nodes[i] = -z
            nodes[n - 1 - i] = z
            let w = 2 / ((1 - z * z) * derivative * derivative)
            weights[i] = w
            weights[n - 1 - i] = w
        }
        return (nodes, weights)
    }()

    static func panel(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
        let half = 0.5 * (b - a)
        let mid = 0.5 * (a + b)
        var sum = 0.0
        for (x, w) in zip(rule.nodes, rule.weights) { sum += w * f(mid + half * x) }
        return sum * half
    }

    static func adaptive(_ f: (Double) -> Double, _ a: Double, _ b: Double, whole: Double, depth: Int) -> Double {
        let mid = 0.5 * (a + b)
        let left = panel(f, a, mid)
        let right = panel(f, mid, b)
        let refined = left + right
        if depth >= 6 || abs(refined - whole) <= 1e-14 * abs(refined) {
            return refined
        }
        return adaptive(f, a, mid, whole: left, depth: depth + 1)
            + adaptive(f, mid, b, whole: right, depth: depth + 1)
    }

    /// `∫ₛ^∞ f(t) dt` for a positive integrand decreasing beyond `s`.
    ///
    /// - Parameters:
    ///   - f: the integrand.
    ///   - s: the lower limit.
    ///   - width: the panel width, about the integrand's decay length at `s`.
    static func upperTail(_ f: (Double) -> Double, from s: Double, width: Double) -> Double {
        var total = 0.0
        var start = s
        for _ in 0..<10_000 {
            let end = start + width
            let piece = adaptive(f, start, end, whole: panel(f, start, end), depth: 0)
            total += piece
            if piece <= 1e-18 * total || piece == 0 { break }
            start = end
        }
        return total
    }
}
