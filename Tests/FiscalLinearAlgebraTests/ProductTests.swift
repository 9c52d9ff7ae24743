import Testing
@testable import FiscalLinearAlgebra

struct ProductTests {
    let a = try! Matrix(rows: [[1, 2, 3], [4, 5, 6]])
    let b = try! Matrix(rows: [[7, 8], [9, 10], [11, 12]])

    @Test func matrixProductMatchesHandComputation() throws {
        let c = try a * b
        #expect(c.rows == [[58, 64], [139, 154]])
    }

    @Test func transposedOperandsAvoidExplicitTranspose() throws {
        let viaFlag = try a.multiplied(by: a, transposingSelf: true)
        let explicit = try a.transposed() * a
        #expect(viaFlag == explicit)
        #expect(viaFlag.rows == [[17, 22, 27], [22, 29, 36], [27, 36, 45]])
        let outer = try a.multiplied(by: a, transposingOther: true)
        #expect(outer.rows == [[14, 32], [32, 77]])
    }

    @Test func gramMatchesTransposeProductBothTriangles() throws {
        let g = try a.gram()
        #expect(g == (try a.multiplied(by: a, transposingSelf: true)))
    }

    @Test func matrixVectorProduct() throws {
        #expect(try a.multiplied(by: [1, 0, -1]) == [-2, -2])
        #expect(try a.multiplied(by: [1, 1], transposingSelf: true) == [5, 7, 9])
    }

    @Test func mismatchedShapesThrow() {
        #expect(throws: LinearAlgebraError.self) { try a * a }
        #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try a + b }
    }

    @Test func emptyProductsAreZeroSized() throws {
        let e = Matrix(rowCount: 0, columnCount: 3)
        let p = try e * b
        #expect(p.rowCount == 0 && p.columnCount == 2)
        let z = try Matrix(rowCount: 2, columnCount: 0, columnMajor: []) * Matrix(rowCount: 0, columnCount: 2)
        #expect(z.rows == [[0, 0], [0, 0]])
    }
}
