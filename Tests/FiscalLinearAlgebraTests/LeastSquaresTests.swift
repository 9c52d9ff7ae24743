import Testing
@testable import FiscalLinearAlgebra

struct LeastSquaresTests {
    /// y = 1 + 2x exactly on five points.
    @Test func exactLineIsRecovered() throws {
        let x = try Matrix(columns: [[1, 1, 1, 1, 1], [0, 1, 2, 3, 4]])
        let fit = try x.leastSquares([1, 3, 5, 7, 9])
        #expect(fit.rank == 2 && fit.hasFullColumnRank)
        #expect(abs(fit.solution[0, 0] - 1) < 1e-14 && abs(fit.solution[1, 0] - 2) < 1e-14)
    }

    @Test func exactlyCollinearColumnsLowerTheRank() throws {
        let t: [Double] = (0..<50).map { Double($0) }
        let x = try Matrix(columns: [Array(repeating: 1, count: 50), t, t.map { 2 * $0 + 3 }])
        let y = t.map { 0.5 * $0 + 1 }
        let fit = try x.leastSquares(y)
        #expect(fit.rank == 2)
        #expect(!fit.hasFullColumnRank)
        // The minimum-norm solution still fits exactly and stays bounded.
        let fitted = try x.multiplied(by: fit.solution.elements)
        #expect(zip(fitted, y).allSatisfy { abs($0 - $1) < 1e-10 })
        #expect(fit.solution.elements.allSatisfy { abs($0) < 10 })
        #expect(try x.pivotedQR().rank() == 2)
    }

    @Test func nearlyCollinearColumnsAreDetected() throws {
        let t: [Double] = (0..<1000).map { Double($0) / 1000 }
        let nearCopy = t.enumerated().map { $0.element + ($0.offset.isMultiple(of: 2) ? 1e-15 : -1e-15) }
        let x = try Matrix(columns: [Array(repeating: 1, count: 1000), t, nearCopy])
        #expect(try x.leastSquares(t).rank == 2)
        #expect(try x.pivotedQR().rank() == 2)
        #expect(try x.singularValueDecomposition().rank() == 2)
        // A genuine but small difference is kept.
        let distinct = t.enumerated().map { $0.element + ($0.offset.isMultiple(of: 2) ? 1e-3 : -1e-3) }
        #expect(try Matrix(columns: [Array(repeating: 1, count: 1000), t, distinct]).leastSquares(t).rank == 3)
    }

    @Test func shapeMismatchThrows() throws {
        let x = Matrix.identity(3)
        #expect(throws: LinearAlgebraError.self) { try x.leastSquares([1, 2]) }
    }
}
