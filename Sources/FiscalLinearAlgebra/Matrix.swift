/// A dense matrix of `Double` values stored column by column.
///
/// `Matrix` is a value type: copies share storage until one of them is mutated (copy-on-write,
/// through the underlying `Array`). Elements are laid out column-major, the order BLAS and LAPACK
/// expect, so products and factorizations pass the storage to the C routines without copying or
/// transposing.
///
/// ```swift
/// let a = try Matrix(rows: [[1, 2], [3, 4]])
/// let b = try a * a.transposed()
/// ```
public struct Matrix: Equatable, Hashable, Sendable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of columns.
    public let columnCount: Int
    /// The elements in column-major order: element (i, j) is at `i + j * rowCount`.
    public package(set) var elements: [Double]

    /// Creates a matrix with every element set to `value`.
    ///
    /// Negative sizes are taken as zero.
    public init(rowCount: Int, columnCount: Int, repeating value: Double = 0) {
        self.rowCount = max(0, rowCount)
        self.columnCount = max(0, columnCount)
        self.elements = Array(repeating: value, count: self.rowCount * self.columnCount)
    }

    /// Creates a matrix from elements in column-major order.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when the number of
    ///   elements is not `rowCount * columnCount`.
    public init(rowCount: Int, columnCount: Int, columnMajor elements: [Double]) throws(LinearAlgebraError) {
        guard rowCount >= 0, columnCount >= 0, elements.count == rowCount * columnCount else {
            throw .dimensionMismatch(
                operation: "Matrix(rowCount:columnCount:columnMajor:)",
                detail: "\(elements.count) elements for a \(rowCount)×\(columnCount) matrix")
        }
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.elements = elements
    }

    /// Creates a matrix from its rows.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when the rows do not
    ///   all have the same length.
    public init(rows: [[Double]]) throws(LinearAlgebraError) {
        let n = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != n {
            throw .dimensionMismatch(
                operation: "Matrix(rows:)", detail: "row \(index) has \(row.count) elements, row 0 has \(n)")
        }
        self.init(rowCount: rows.count, columnCount: n)
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() { elements[i + j * rowCount] = value }
        }
    }

    /// Creates a matrix from its columns.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when the columns do
    ///   not all have the same length.
    public init(columns: [[Double]]) throws(LinearAlgebraError) {
        let m = columns.first?.count ?? 0
        for (index, column) in columns.enumerated() where column.count != m {
            throw .dimensionMismatch(
                operation: "Matrix(columns:)",
                detail: "column \(index) has \(column.count) elements, column 0 has \(m)")
        }
        self.rowCount = m
        self.columnCount = columns.count
        self.elements = []
        elements.reserveCapacity(m * columns.count)
        for column in columns { elements.append(contentsOf: column) }
    }

    /// A column vector (an n×1 matrix).
    public init(column: [Double]) {
        self.rowCount = column.count
        self.columnCount = 1
        self.elements = column
    }

    /// The n×n identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rowCount: n, columnCount: n)
        for i in 0..<result.rowCount { result.elements[i + i * result.rowCount] = 1 }
        return result
    }

    /// A square matrix with `values` on its diagonal.
    public static func diagonal(_ values: [Double]) -> Matrix {
        var result = Matrix(rowCount: values.count, columnCount: values.count)
        for (i, value) in values.enumerated() { result.elements[i + i * values.count] = value }
        return result
    }

    /// Whether the matrix has as many rows as columns.
    public var isSquare: Bool { rowCount == columnCount }

    /// The element at `row`, `column` (both zero-based).
    ///
    /// Indices out of range are a programming error and trap, like `Array`'s subscript.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row + column * rowCount] }
        set { elements[row + column * rowCount] = newValue }
    }

    /// The elements of column `j`.
    public func column(_ j: Int) -> [Double] {
        Array(elements[(j * rowCount)..<((j + 1) * rowCount)])
    }

    /// The elements of row `i`.
    public func row(_ i: Int) -> [Double] {
        (0..<columnCount).map { elements[i + $0 * rowCount] }
    }

    /// The rows, as arrays (convenient for printing and tests).
    public var rows: [[Double]] { (0..<rowCount).map(row) }

    /// The diagonal elements (min(rows, columns) of them).
    public var diagonal: [Double] {
        (0..<min(rowCount, columnCount)).map { elements[$0 + $0 * rowCount] }
    }

    /// The transpose.
    ///
    /// - Complexity: O(rows × columns).
    public func transposed() -> Matrix {
        var result = Matrix(rowCount: columnCount, columnCount: rowCount)
        for j in 0..<columnCount {
            for i in 0..<rowCount { result.elements[j + i * columnCount] = elements[i + j * rowCount] }
        }
        return result
    }

    /// Gives mutable access to the column-major storage.
    public mutating func withUnsafeMutableElements<R, E: Error>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws(E) -> R
    ) throws(E) -> R {
        try elements.withUnsafeMutableBufferPointer { (buffer) throws(E) -> R in try body(&buffer) }
    }

    /// The first element that is NaN or infinite, as (row, column), or nil when all are finite.
    public var firstNonFiniteElement: (row: Int, column: Int)? {
        guard let index = elements.firstIndex(where: { !$0.isFinite }) else { return nil }
        return (index % rowCount, index / rowCount)
    }

    /// Throws when an element is NaN or infinite, naming the operation and the position.
    package func requireFinite(_ operation: String) throws(LinearAlgebraError) {
        if let position = firstNonFiniteElement {
            throw .nonFinite(operation: operation, row: position.row, column: position.column)
        }
    }

    /// Throws unless the matrix is square.
    package func requireSquare(_ operation: String) throws(LinearAlgebraError) {
        guard isSquare else { throw .notSquare(operation: operation, rowCount: rowCount, columnCount: columnCount) }
    }
}
