extension DataFrame {
    /// The sample covariance matrix of numeric columns, as a frame with a `column` name column
    /// (`_column` if an input is called `column`) and one column per input.
    ///
    /// Rows with a missing cell in any of the columns are dropped (listwise deletion); NaN
    /// propagates. Method: the columns are centred on their means into one column-major
    /// matrix X, then XᵀX/(n − 1) comes from one BLAS `dsyrk` (two-pass centring keeps the
    /// cancellation error of the one-pass formula out).
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, ``FrameError/typeMismatch(column:expected:actual:)``
    ///   for text or boolean columns, ``FrameError/invalidArgument(_:)`` with fewer than two rows.
    /// - Complexity: O(n·k²) floating-point operations.
    public func covarianceMatrix(of columnNames: [String]) throws -> DataFrame {
        let (matrix, n) = try centredMatrix(columnNames)
        let c = BLAS.gram(matrix, rows: n, columns: columnNames.count, alpha: 1 / Double(n - 1))
        return Self.squareFrame(c, names: columnNames)
    }

    /// The Pearson correlation matrix of numeric columns (see ``covarianceMatrix(of:)``); a
    /// constant column gives NaN correlations.
    public func correlationMatrix(of columnNames: [String]) throws -> DataFrame {
        let (matrix, n) = try centredMatrix(columnNames)
        let k = columnNames.count
        var c = BLAS.gram(matrix, rows: n, columns: k, alpha: 1 / Double(n - 1))
        let sd = (0..<k).map { c[$0 + $0 * k].squareRoot() }
        for j in 0..<k { for i in 0..<k { c[i + j * k] = i == j && sd[i] > 0 ? 1 : c[i + j * k] / (sd[i] * sd[j]) } }
        return Self.squareFrame(c, names: columnNames)
    }

    /// Σ weight·value for each numeric column, skipping rows where the weight or that value is
    /// missing; one BLAS `dgemv` when nothing is missing.
    ///
    /// - Returns: the sums in the order of `columnNames`.
    /// - Throws: as ``covarianceMatrix(of:)``.
    public func weightedSums(of columnNames: [String], weights: String) throws -> [Double] {
        let w = try numericCells(weights)
        var matrix: [Double] = []
        matrix.reserveCapacity(rowCount * columnNames.count)
        var weightsPerColumn: [[Double]] = []
        var anyMissing = w.contains { $0 == nil }
        for name in columnNames {
            let cells = try numericCells(name)
            anyMissing = anyMissing || cells.contains { $0 == nil }
            matrix.append(contentsOf: cells.map { $0 ?? 0 })
            weightsPerColumn.append(zip(cells, w).map { $0 == nil ? 0 : ($1 ?? 0) })
        }
        if !anyMissing {
            return BLAS.transposedProduct(matrix, rows: rowCount, columns: columnNames.count, w.map { $0 ?? 0 })
        }
        return columnNames.indices.map { j in
            var sum = 0.0
            for i in 0..<rowCount { sum += matrix[j * rowCount + i] * weightsPerColumn[j][i] }
            return sum
        }
    }

    private func numericCells(_ name: String) throws -> [Double?] {
        let column = try column(named: name)
        guard column.dataType.isNumeric, let cells = column.doubles else {
            throw FrameError.typeMismatch(column: name, expected: "numbers", actual: column.dataType)
        }
        return cells
    }

    private func centredMatrix(_ names: [String]) throws -> ([Double], Int) {
        guard !names.isEmpty else { throw FrameError.invalidArgument("a covariance needs at least one column") }
        let cells = try names.map { try numericCells($0) }
        var keep = [Bool](repeating: true, count: rowCount)
        for c in cells { for i in c.indices where c[i] == nil { keep[i] = false } }
        let rows = keep.indices.filter { keep[$0] }
        guard rows.count >= 2 else {
            throw FrameError.invalidArgument("a covariance needs at least two complete rows; \(rows.count) found")
        }
        var matrix: [Double] = []
        matrix.reserveCapacity(rows.count * names.count)
        for c in cells {
            var mean = 0.0
            for r in rows { mean += c[r] ?? 0 }
            mean /= Double(rows.count)
            for r in rows { matrix.append((c[r] ?? 0) - mean) }
        }
        return (matrix, rows.count)
    }

    private static func squareFrame(_ c: [Double], names: [String]) -> DataFrame {
        let k = names.count
        var label = "column"
        while names.contains(label) { label = "_" + label }
        var columns: [AnyColumn] = [.string(Column(name: label, values: names))]
        for j in 0..<k {
            columns.append(.double(Column(name: names[j], values: (0..<k).map { c[$0 + j * k] })))
        }
        return DataFrame(uncheckedColumns: columns)
    }
}
