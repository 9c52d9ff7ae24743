import Testing
@testable import FiscalLinearAlgebra

/// A fixed, well-conditioned 6×4 test matrix (integers, so every product is exact to start with).
private let tall = try! Matrix(rows: [
    [4, 1, 0, 2], [1, 3, 1, 0], [0, 1, 5, 1], [2, 0, 1, 6], [1, 2, 3, 4], [3, -1, 2, 0],
])
private let spd = try! Matrix(rows: [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]])

struct FactorizationTests {
    @Test func pivotedQRReproducesThePermutedMatrix() throws {
        let qr = try tall.pivotedQR()
        let q = try qr.q()
        #expect(try q.multiplied(by: q, transposingSelf: true).maximumAbsoluteDifference(from: .identity(4)) < 1e-14)
        var permuted = Matrix(rowCount: 6, columnCount: 4)
        for (j, source) in qr.permutation.enumerated() { for i in 0..<6 { permuted[i, j] = tall[i, source] } }
        #expect(try (q * qr.r).maximumAbsoluteDifference(from: permuted) < 1e-13)
        #expect(qr.rank() == 4)
        let d = qr.diagonalMagnitudes
        #expect(zip(d, d.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(Set(qr.permutation) == [0, 1, 2, 3])
    }

    @Test func svdReconstructsAndIsOrthonormal() throws {
        let svd = try tall.singularValueDecomposition()
        #expect(svd.singularValues.count == 4)
        #expect(try svd.u.multiplied(by: svd.u, transposingSelf: true).maximumAbsoluteDifference(from: .identity(4)) < 1e-14)
        #expect(try svd.vt.multiplied(by: svd.vt, transposingOther: true).maximumAbsoluteDifference(from: .identity(4)) < 1e-14)
        let rebuilt = try svd.u * Matrix.diagonal(svd.singularValues) * svd.vt
        #expect(rebuilt.maximumAbsoluteDifference(from: tall) < 1e-13)
        #expect(svd.rank() == 4)
        #expect(svd.conditionNumber > 1)
    }

    @Test func svdOfKnownDiagonal() throws {
        let svd = try Matrix(rows: [[0, 3], [-2, 0]]).singularValueDecomposition()
        #expect(abs(svd.singularValues[0] - 3) < 1e-15 && abs(svd.singularValues[1] - 2) < 1e-15)
        #expect(abs(svd.conditionNumber - 1.5) < 1e-15)
    }

    @Test func choleskyFactorsAndInverts() throws {
        let c = try spd.cholesky()
        #expect(try c.factor.multiplied(by: c.factor, transposingSelf: true).maximumAbsoluteDifference(from: spd) < 1e-14)
        #expect(c.factor[1, 0] == 0)
        #expect(abs(c.factor[0, 0] - 2) < 1e-15)
        let inverse = try c.inverse()
        #expect(try (spd * inverse).maximumAbsoluteDifference(from: .identity(3)) < 1e-14)
        let x = try c.solve(Matrix(column: [1, 2, 3]))
        #expect(try (spd * x).maximumAbsoluteDifference(from: Matrix(column: [1, 2, 3])) < 1e-14)
    }

    @Test func choleskyRejectsIndefiniteWithTheFailingMinor() throws {
        let indefinite = try Matrix(rows: [[1, 2], [2, 1]])
        let error = #expect(throws: LinearAlgebraError.self) { try indefinite.cholesky() }
        guard case let .lapack(lapack)? = error else { Issue.record("expected a LAPACK error"); return }
        #expect(lapack.routine == "dpotrf" && lapack.info == 2 && lapack.isSingular)
        #expect(lapack.description.contains("leading minor of order 2"))
    }

    @Test func symmetricEigenMatchesKnownValues() throws {
        let e = try Matrix(rows: [[2, 1], [1, 2]]).symmetricEigen()
        #expect(abs(e.values[0] - 1) < 1e-15 && abs(e.values[1] - 3) < 1e-15)
        let general = try spd.symmetricEigen()
        let rebuilt = try general.vectors * Matrix.diagonal(general.values) * general.vectors.transposed()
        #expect(rebuilt.maximumAbsoluteDifference(from: spd) < 4e-14)
        #expect(zip(general.values, general.values.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func squareSolveAndSingularError() throws {
        let a = try Matrix(rows: [[3, 1], [1, 2]])
        let x = try a.solve([9, 8])
        #expect(abs(x[0] - 2) < 1e-15 && abs(x[1] - 3) < 1e-15)
        let singular = try Matrix(rows: [[1, 2], [2, 4]])
        let error = #expect(throws: LinearAlgebraError.self) { try singular.solve([1, 1]) }
        if case let .lapack(lapack)? = error { #expect(lapack.routine == "dgesv" && lapack.info == 2) }
        else { Issue.record("expected dgesv to report singularity") }
    }

    @Test func emptyMatricesFactorWithoutTrapping() throws {
        let empty = Matrix(rowCount: 0, columnCount: 3)
        let qr = try empty.pivotedQR()
        #expect(qr.rank() == 0)
        #expect(qr.r.rowCount == 0 && qr.r.columnCount == 3)
        #expect(try empty.singularValueDecomposition().singularValues.isEmpty)
        #expect(try Matrix(rowCount: 0, columnCount: 0).cholesky().factor.rowCount == 0)
        #expect(try Matrix(rowCount: 0, columnCount: 0).symmetricEigen().values.isEmpty)
        #expect(try empty.leastSquares([Double]()).rank == 0)
    }

    @Test func errorPathsNameTheProblem() throws {
        #expect(throws: LinearAlgebraError.notSquare(operation: "Cholesky factorization", rowCount: 6, columnCount: 4)) {
            try tall.cholesky()
        }
        #expect(throws: LinearAlgebraError.notSquare(operation: "linear solve", rowCount: 6, columnCount: 4)) {
            try tall.solve([1, 2, 3, 4, 5, 6])
        }
        var bad = tall
        bad[2, 3] = .nan
        let error = #expect(throws: LinearAlgebraError.self) { try bad.pivotedQR() }
        #expect(error == .nonFinite(operation: "QR factorization", row: 2, column: 3))
        #expect(error?.description.contains("row 3, column 4") == true)
        #expect(throws: LinearAlgebraError.self) { try bad.singularValueDecomposition() }
        #expect(throws: LinearAlgebraError.self) { try bad.leastSquares([1, 2, 3, 4, 5, 6]) }
    }
}
