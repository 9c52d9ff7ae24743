import Testing
@testable import FiscalLinearAlgebra

struct MatrixTests {
    @Test func storesColumnMajor() throws {
        let a = try Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(a.rowCount == 2 && a.columnCount == 3)
        #expect(a.elements == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 2] == 6)
        #expect(a.column(1) == [2, 5])
        #expect(a.row(0) == [1, 2, 3])
        #expect(a.transposed().rows == [[1, 4], [2, 5], [3, 6]])
    }

    @Test func copyOnWriteKeepsCopiesIndependent() throws {
        let a = try Matrix(rows: [[1, 2], [3, 4]])
        var b = a
        b[0, 0] = 9
        #expect(a[0, 0] == 1)
        #expect(b[0, 0] == 9)
    }

    @Test func raggedRowsAreRejected() {
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: [[1, 2], [3]]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(columns: [[1, 2], [3]]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(rowCount: 2, columnCount: 2, columnMajor: [1, 2, 3]) }
    }

    @Test func reportsFirstNonFiniteElement() throws {
        let a = try Matrix(rows: [[1, 2], [3, .nan]])
        #expect(a.firstNonFiniteElement?.row == 1)
        #expect(a.firstNonFiniteElement?.column == 1)
        #expect(Matrix.identity(3).firstNonFiniteElement == nil)
    }
}
