extension DataFrame {
    /// Long → wide: one row per distinct `index` key, one column per distinct value of
    /// `columns` (named by its text, in first-seen order), cells aggregated from `values`.
    ///
    /// ```swift
    /// // agency, year, amount  →  agency, 2015, 2016, …
    /// let wide = try long.pivotedWider(index: ["agency"], columns: "year", values: "amount")
    /// ```
    ///
    /// Cells without any source row are missing.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, ``FrameError/duplicateColumn(_:)``
    ///   when a new column name clashes with an index column, or what the aggregation throws.
    /// - Complexity: O(n) plus the aggregation.
    public func pivotedWider(
        index: [String], columns: String, values: String, aggregate: AggregateFunction = .sum
    ) throws -> DataFrame {
        guard !index.isEmpty else { throw FrameError.invalidArgument("a wide pivot needs at least one index column") }
        let long = try grouped(by: index + [columns]).aggregated([Aggregation(values, aggregate, as: "__value")])
        let rowKeys = try index.map { try long.column(named: $0) }
        let rowF = long.rowCount == 0 ? Factorization.empty : Factorization(columns: rowKeys)
        let columnKey = try long.column(named: columns)
        let colF = long.rowCount == 0 ? Factorization.empty : Factorization(columns: [columnKey])
        let value = try long.column(named: "__value")
        var result = DataFrame(uncheckedColumns: rowKeys.map { $0.gathered(rowF.firstRows) })
        for c in 0..<colF.count {
            var source = [Int](repeating: -1, count: rowF.count)
            for i in 0..<long.rowCount where Int(colF.codes[i]) == c { source[Int(rowF.codes[i])] = i }
            var column = value.gathered(source)
            column.name = columnKey[colF.firstRows[c]]?.description ?? "null"
            try result.append(column: column)
        }
        return result
    }

    /// Wide → long (pandas `melt`): the `idColumns`, then a `variableName` column holding each
    /// value column's name and a `valueName` column holding its cells; all rows for the first
    /// value column come first.
    ///
    /// - Parameters:
    ///   - valueColumns: the columns to stack; defaults to every column not in `idColumns`.
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, or
    ///   ``FrameError/typeMismatch(column:expected:actual:)`` when value columns have
    ///   incompatible types (integers widen to doubles).
    public func melted(
        idColumns: [String], valueColumns: [String]? = nil, variableName: String = "variable", valueName: String = "value"
    ) throws -> DataFrame {
        let ids = try idColumns.map { try column(named: $0) }
        let valueNames = valueColumns ?? columnNames.filter { !idColumns.contains($0) }
        let values = try valueNames.map { try column(named: $0) }
        var out: [AnyColumn] = []
        let repeated = Array(repeating: Array(0..<rowCount), count: values.count).flatMap { $0 }
        for id in ids { out.append(id.gathered(repeated)) }
        var names: [String] = []
        names.reserveCapacity(repeated.count)
        for name in valueNames { names.append(contentsOf: repeatElement(name, count: rowCount)) }
        out.append(.string(Column(name: variableName, values: names)))
        out.append(values.isEmpty
            ? .string(Column(name: valueName, values: []))
            : try DataFrame.concatenate(values, name: valueName))
        return try DataFrame(columns: out)
    }
}
