// Linear-algebra workloads: dgemm GFLOP/s and tall least squares.
import FiscalLinearAlgebra
import Foundation


/// Seconds of the fastest of `repeats` runs of `body`.
func fastest(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
}

func emit(_ fields: [(String, String)]) {
    let body = fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    print("{" + body + "}")
}

/// A tall design with an intercept and `n − 1` uniform predictors, and y with noise.
func tallProblem(rows m: Int, columns n: Int) -> (Matrix, [Double]) {
    var random = BenchRandom(seed: 42)
    var x = Matrix(rowCount: m, columnCount: n, repeating: 1)
    for j in 1..<n { for i in 0..<m { x[i, j] = random.nextUnit() } }
    var y = [Double](repeating: 0, count: m)
    for i in 0..<m {
        var value = 1.0
        for j in 1..<n { value += Double(j) * 0.1 * x[i, j] }
        y[i] = value + random.nextUnit() - 0.5
    }
    return (x, y)
}

enum LinearAlgebraBench {
    static func run(_ arguments: [String]) throws {
        switch arguments.first {
        case "dgemm":
            let n = arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
            var random = BenchRandom(seed: 7)
            let a = try Matrix(rowCount: n, columnCount: n, columnMajor: (0..<(n * n)).map { _ in random.nextUnit() })
            let b = try Matrix(rowCount: n, columnCount: n, columnMajor: (0..<(n * n)).map { _ in random.nextUnit() })
            _ = try a * b
            let seconds = try fastest(5) { _ = try a * b }
            emit([("workload", "\"dgemm\""), ("n", "\(n)"), ("threads", "\(BLASThreads.count)"),
                  ("seconds", "\(seconds)"), ("gflops", "\(2 * pow(Double(n), 3) / seconds / 1e9)")])
        case "lstsq":
            let m = arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
            let n = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 20
            let (x, y) = tallProblem(rows: m, columns: n)
            var rank = 0, steps = 0
            var method = ""
            let refined = try fastest(3) {
                let fit = try RefinedLeastSquares(
                    design: x, response: y, options: .init(interceptColumn: 0, keepsOrthonormalDesign: false))
                rank = fit.rank
                steps = fit.refinementSteps
                method = fit.factorization.rawValue
            }
            let svd = try fastest(2) { _ = try x.leastSquares(y) }
            emit([("workload", "\"lstsq\""), ("rows", "\(m)"), ("columns", "\(n)"), ("rank", "\(rank)"), ("refinement_steps", "\(steps)"), ("factorization", "\"\(method)\""),
                  ("threads", "\(BLASThreads.count)"), ("refined_seconds", "\(refined)"), ("dgelsd_seconds", "\(svd)")])
        default:
            throw BenchError.usage("linalg dgemm [N] | linalg lstsq [ROWS COLUMNS]")
        }
    }
}

