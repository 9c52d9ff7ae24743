import Foundation

/// Kalman filter and conditional sum of squares for zero-mean ARMA(p, q) processes.
///
/// State space (Harvey 1989): r = max(p, q + 1) states, transition T with φ in the first
/// column and ones on the superdiagonal, disturbance loading R = (1, θ₁, …, θ_{r−1}), and the
/// observation the first state. The initial covariance is the stationary one, P = T P Tᵀ + R Rᵀ,
/// solved as a linear system of size r². Variances are in units of σ² (concentrated out).
enum ArmaKalman {
    /// Maps unconstrained values to the coefficients of a stationary AR polynomial: partial
    /// autocorrelations tanh(u) through the Durbin–Levinson recursion.
    static func constrain(_ u: [Double]) -> [Double] {
        var phi: [Double] = []
        for value in u {
            let r = tanh(value)
            let previous = phi
            phi = previous.indices.map { previous[$0] - r * previous[previous.count - 1 - $0] } + [r]
        }
        return phi
    }

    /// The state-space matrices for given coefficients, flattened row-major.
    static func system(ar: [Double], ma: [Double]) -> (r: Int, phi: [Double], rr: [Double]) {
        let r = max(ar.count, ma.count + 1)
        let phi = (0..<r).map { $0 < ar.count ? ar[$0] : 0 }
        let loading = (0..<r).map { $0 == 0 ? 1 : ($0 - 1 < ma.count ? ma[$0 - 1] : 0) }
        var rr = Array(repeating: 0.0, count: r * r)
        for i in 0..<r { for j in 0..<r { rr[i * r + j] = loading[i] * loading[j] } }
        return (r, phi, rr)
    }

    /// T M Tᵀ + R Rᵀ for the companion T (first column φ, superdiagonal ones).
    static func propagate(_ m: [Double], r: Int, phi: [Double], rr: [Double]) -> [Double] {
        var tm = Array(repeating: 0.0, count: r * r)
        for i in 0..<r { for j in 0..<r { tm[i * r + j] = phi[i] * m[j] + (i + 1 < r ? m[(i + 1) * r + j] : 0) } }
        var out = rr
        for i in 0..<r { for j in 0..<r { out[i * r + j] += tm[i * r] * phi[j] + (j + 1 < r ? tm[i * r + j + 1] : 0) } }
        return out
    }

    /// The stationary state covariance, or nil when the system is singular.
    static func stationaryCovariance(r: Int, phi: [Double], rr: [Double]) -> [Double]? {
        let size = r * r
        // (I − T⊗T) vec P = vec RR'; column k of T⊗T applied via propagate with rr = 0.
        var a = Array(repeating: 0.0, count: size * size)
        let zero = Array(repeating: 0.0, count: size)
        for k in 0..<size {
            var e = zero; e[k] = 1
            let column = propagate(e, r: r, phi: phi, rr: zero)
            for i in 0..<size { a[i * size + k] = (i == k ? 1 : 0) - column[i] }
        }
        var b = rr
        for col in 0..<size {
            var pivot = col
            for row in col..<size where abs(a[row * size + col]) > abs(a[pivot * size + col]) { pivot = row }
            guard abs(a[pivot * size + col]) > 1e-12 else { return nil }
            if pivot != col {
                for j in 0..<size { a.swapAt(col * size + j, pivot * size + j) }
                b.swapAt(col, pivot)
            }
            for row in (col + 1)..<size {
                let f = a[row * size + col] / a[col * size + col]
                if f == 0 { continue }
                for j in col..<size { a[row * size + j] -= f * a[col * size + j] }
                b[row] -= f * b[col]
            }
        }
        for row in stride(from: size - 1, through: 0, by: -1) {
            var s = b[row]
            for j in (row + 1)..<size { s -= a[row * size + j] * b[j] }
            b[row] = s / a[row * size + row]
        }
        return b
    }

    /// Runs the filter over `x − mean`. Returns −2 log-likelihood (σ² concentrated, without the
    /// constant n(1 + log 2π)), Σ v²/F, and the one-step-ahead state and covariance after the data.
    static func filter(_ x: [Double], ar: [Double], ma: [Double], mean: Double)
        -> (deviance: Double, sumSquares: Double, state: [Double], covariance: [Double])? {
        let (r, phi, rr) = system(ar: ar, ma: ma)
        guard var p = stationaryCovariance(r: r, phi: phi, rr: rr) else { return nil }
        var a = Array(repeating: 0.0, count: r)
        var sumLogF = 0.0, sumSquares = 0.0
        for value in x {
            let f = p[0]
            guard f > 0, f.isFinite else { return nil }
            let v = value - mean - a[0]
            sumLogF += log(f); sumSquares += v * v / f
            var updated = a
            for i in 0..<r { updated[i] += p[i * r] * v / f }
            var pu = p
            for i in 0..<r { for j in 0..<r { pu[i * r + j] -= p[i * r] * p[j] / f } }
            for i in 0..<r { a[i] = phi[i] * updated[0] + (i + 1 < r ? updated[i + 1] : 0) }
            p = propagate(pu, r: r, phi: phi, rr: rr)
        }
        let n = Double(x.count)
        guard sumSquares > 0 else { return nil }
        return (n * log(sumSquares / n) + sumLogF, sumSquares, a, p)
    }

    /// Conditional sum of squares (pre-sample errors zero, first p observations conditioned on).
    static func conditionalSS(_ x: [Double], ar: [Double], ma: [Double], mean: Double) -> Double {
        var e = Array(repeating: 0.0, count: x.count), total = 0.0
        for t in ar.count..<x.count {
            var value = x[t] - mean
            for (i, phi) in ar.enumerated() { value -= phi * (x[t - i - 1] - mean) }
            for (j, theta) in ma.enumerated() where t - j - 1 >= 0 { value -= theta * e[t - j - 1] }
            e[t] = value
            total += value * value
        }
        return total
    }

    /// Forecast means of `x` (zero-mean) for steps 1…h and the covariance matrix of their
    /// errors in units of σ².
    static func predict(_ x: [Double], ar: [Double], ma: [Double], horizon h: Int) -> (mean: [Double], covariance: [[Double]]) {
        let (r, phi, rr) = system(ar: ar, ma: ma)
        guard let run = filter(x, ar: ar, ma: ma, mean: 0) else {
            return (Array(repeating: 0, count: h), (0..<h).map { i in (0..<h).map { $0 == i ? 1 : 0 } })
        }
        var a = run.state, p = run.covariance
        var means: [Double] = [], covariances: [[Double]] = []
        let zero = Array(repeating: 0.0, count: r * r)
        for _ in 0..<h {
            means.append(a[0])
            covariances.append(p)
            a = (0..<r).map { phi[$0] * a[0] + ($0 + 1 < r ? a[$0 + 1] : 0) }
            p = propagate(p, r: r, phi: phi, rr: rr)
        }
        var c = Array(repeating: Array(repeating: 0.0, count: h), count: h)
        for i in 0..<h {
            // Cov(x_{n+j}, x_{n+i}) = (T^{j−i} P_i)[0][0] for j ≥ i.
            var m = covariances[i]
            for j in i..<h {
                c[i][j] = m[0]; c[j][i] = m[0]
                var next = zero
                for row in 0..<r { for col in 0..<r { next[row * r + col] = phi[row] * m[col] + (row + 1 < r ? m[(row + 1) * r + col] : 0) } }
                m = next
            }
        }
        return (means, c)
    }
}
