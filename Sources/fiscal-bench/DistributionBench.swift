// Distributions, Benford and robust statistics: `fiscal-bench dist N`.
//
// On N deterministic values: Student t (10 df) survival and χ² (5 df) survival of N
// statistics, t quantiles of N/10 probabilities, median and MAD of N amounts, and Benford's
// first-two digits test of N amounts. Prints one JSON line per task with the seconds taken and a
// checksum for comparison with the peer.
import FiscalStatistics
import Foundation

enum DistributionBench {
    static func run(_ arguments: [String]) throws {
        guard let text = arguments.first, let n = Int(text), n >= 10 else {
            throw BenchError.usage("dist N   (N ≥ 10 values)")
        }
        var random = BenchRandom(seed: 20_240_601)
        let statistics = (0..<n).map { _ in 8 * random.nextUnit() - 4 }
        let positives = statistics.map { abs($0) * 10 }
        let probabilities = (0..<(n / 10)).map { _ in max(random.nextUnit(), 1e-300) }
        // Lognormal amounts in yuan with two decimals.
        let amounts = (0..<n).map { _ -> Double in
            let u = max(random.nextUnit(), 1e-12), v = random.nextUnit()
            let z = (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
            return (Foundation.exp(9 + 1.5 * z) * 100).rounded() / 100
        }
        let t = try StudentT(degreesOfFreedom: 10)
        let chi = try ChiSquared(degreesOfFreedom: 5)
        emit("t_survival", n) { statistics.reduce(0) { $0 + t.survival($1) } }
        emit("chi2_survival", n) { positives.reduce(0) { $0 + chi.survival($1) } }
        emit("t_quantile", probabilities.count) { probabilities.reduce(0) { $0 + t.quantile($1) } }
        emit("median_mad", n) {
            (try? RobustStatistics.medianAbsoluteDeviation(amounts)) ?? .nan
        }
        emit("benford_first_two", n) {
            BenfordAnalysis(amounts: amounts, test: .firstTwoDigits)?.meanAbsoluteDeviation ?? .nan
        }
    }

    static func emit(_ task: String, _ count: Int, _ body: () -> Double) {
        var best = Double.infinity
        var checksum = 0.0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            checksum = body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print("{\"workload\": \"dist\", \"task\": \"\(task)\", \"n\": \(count), \"seconds\": \(best), \"checksum\": \(checksum)}")
    }
}
