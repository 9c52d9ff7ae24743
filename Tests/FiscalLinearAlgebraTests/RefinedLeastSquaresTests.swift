import Testing
@testable import FiscalLinearAlgebra

/// A deterministic pseudo-random stream (splitmix64), so tests do not depend on a seed-less RNG.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

private func syntheticDesign(rows: Int, seed: UInt64) -> (Matrix, [Double]) {
    var rng = SplitMix(state: seed)
    let x1 = (0..<rows).map { _ in 1000 + 10 * rng.uniform() }
    let x2 = (0..<rows).map { _ in rng.uniform() - 0.5 }
    let x3 = (0..<rows).map { Double($0 % 7) }
    let y = (0..<rows).map { 3 + 0.5 * x1[$0] - 2 * x2[$0] + 0.25 * x3[$0] + (rng.uniform() - 0.5) }
    return (try! Matrix(columns: [Array(repeating: 1, count: rows), x1, x2, x3]), y)
}

struct RefinedLeastSquaresTests {
    @Test func residualsAreOrthogonalToEveryColumn() throws {
        let (x, y) = syntheticDesign(rows: 500, seed: 1)
        let fit = try RefinedLeastSquares(design: x, response: y, options: .init(interceptColumn: 0))
        let xte = try x.multiplied(by: fit.residuals, transposingSelf: true)
        for j in 0..<x.columnCount {
            let scale = x.column(j).map(abs).reduce(0, +) * fit.residuals.map(abs).max()!
            #expect(abs(xte[j]) <= 1e-13 * scale)
        }
        #expect(fit.aliasedColumns.isEmpty)
    }

    @Test func choleskyAndQRPathsAgree() throws {
        let (x, y) = syntheticDesign(rows: 12_000, seed: 2)
        let automatic = try RefinedLeastSquares(design: x, response: y, options: .init(interceptColumn: 0))
        let qr = try RefinedLeastSquares(design: x, response: y, options: .init(interceptColumn: 0, factorization: .pivotedQR))
        #expect(automatic.factorization == .cholesky)
        #expect(qr.factorization == .pivotedQR)
        for (a, b) in zip(automatic.coefficients, qr.coefficients) { #expect(abs(a - b) <= 1e-13 * max(1, abs(b))) }
        let ca = try automatic.unscaledCovariance(), cq = try qr.unscaledCovariance()
        for j in 0..<4 { #expect(abs(ca[j, j] - cq[j, j]) <= 1e-10 * cq[j, j]) }
    }

    @Test func collinearColumnIsAliasedInGivenOrder() throws {
        let (x, y) = syntheticDesign(rows: 200, seed: 3)
        // Column 4 = 2·x2 − x3 + 7: a combination of the intercept and earlier columns.
        let combination = (0..<200).map { 2 * x[$0, 2] - x[$0, 3] + 7 }
        let design = try Matrix(columns: (0..<4).map { x.column($0) } + [combination])
        let fit = try RefinedLeastSquares(design: design, response: y, options: .init(interceptColumn: 0))
        #expect(fit.aliasedColumns == [4])
        #expect(fit.rank == 4)
        #expect(fit.coefficients[4] == 0)
        let full = try RefinedLeastSquares(design: x, response: y, options: .init(interceptColumn: 0))
        for j in 0..<4 { #expect(abs(fit.coefficients[j] - full.coefficients[j]) <= 1e-12 * max(1, abs(full.coefficients[j]))) }
        let covariance = try fit.unscaledCovariance()
        #expect(covariance[4, 4] == 0)
    }

    @Test func duplicateOfAnEarlierColumnAliasesTheLaterOne() throws {
        let (x, y) = syntheticDesign(rows: 100, seed: 4)
        let design = try Matrix(columns: [x.column(0), x.column(1), x.column(1), x.column(2)])
        let fit = try RefinedLeastSquares(design: design, response: y, options: .init(interceptColumn: 0))
        #expect(fit.aliasedColumns == [2])
    }

    @Test func weightsEqualRowReplication() throws {
        let (x, y) = syntheticDesign(rows: 60, seed: 5)
        let weights = (0..<60).map { Double($0 % 3 + 1) }
        let weighted = try RefinedLeastSquares(design: x, response: y, weights: weights, options: .init(interceptColumn: 0))
        var rows: [[Double]] = [], ys: [Double] = []
        for i in 0..<60 { for _ in 0..<Int(weights[i]) { rows.append(x.row(i)); ys.append(y[i]) } }
        let replicated = try RefinedLeastSquares(design: Matrix(rows: rows), response: ys, options: .init(interceptColumn: 0))
        for (a, b) in zip(weighted.coefficients, replicated.coefficients) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b))) }
        #expect(abs(weighted.weightedResidualSumOfSquares - replicated.weightedResidualSumOfSquares)
            <= 1e-12 * replicated.weightedResidualSumOfSquares)
    }

    @Test func badInputIsRejectedWithItsPosition() throws {
        let (x, y) = syntheticDesign(rows: 20, seed: 6)
        var badY = y
        badY[7] = .nan
        #expect(throws: LinearAlgebraError.nonFinite(operation: "least squares (response)", row: 7, column: 0)) {
            try RefinedLeastSquares(design: x, response: badY)
        }
        var weights = [Double](repeating: 1, count: 20)
        weights[3] = -1
        let error = #expect(throws: LinearAlgebraError.self) { try RefinedLeastSquares(design: x, response: y, weights: weights) }
        #expect(error?.description.contains("row 4") == true)
        #expect(throws: LinearAlgebraError.self) { try RefinedLeastSquares(design: x, response: Array(y.dropLast())) }
    }

    @Test func conditionNumbersSeparateRawFromScaledDesign() throws {
        let (x, y) = syntheticDesign(rows: 300, seed: 7)
        let fit = try RefinedLeastSquares(design: x, response: y, options: .init(interceptColumn: 0))
        let svd = try x.singularValueDecomposition()
        #expect(abs(fit.designConditionNumber - svd.conditionNumber) <= 1e-6 * svd.conditionNumber)
        #expect(fit.scaledConditionNumber < 10)
        #expect(fit.designConditionNumber > 1000)
    }
}
