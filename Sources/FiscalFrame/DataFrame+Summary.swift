extension DataFrame {
    /// Summary statistics of the numeric columns, as pandas `describe()`: one row per statistic
    /// (`count`, `mean`, `std`, `min`, `25%`, `50%`, `75%`, `max`) under a `statistic` column,
    /// one column per numeric input column. Missing cells are skipped; quantiles interpolate
    /// linearly; `std` is the sample standard deviation.
    public func summary() -> DataFrame {
        let labels = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]
        var out: [AnyColumn] = [.string(Column(name: "statistic", values: labels))]
        for column in columns where column.dataType.isNumeric {
            guard let cells = column.doubles else { continue }
            var present = cells.compactMap { $0 }
            let n = present.count
            var mean = 0.0, m2 = 0.0
            for (k, x) in present.enumerated() {
                let delta = x - mean
                mean += delta / Double(k + 1)
                m2 += delta * (x - mean)
            }
            present.sort { $0 < $1 || (!$0.isNaN && $1.isNaN) }
            let stats: [Double?] = [
                Double(n), n > 0 ? mean : nil, n > 1 ? (m2 / Double(n - 1)).squareRoot() : nil,
                present.first, Quantile.linear(present, 0.25), Quantile.linear(present, 0.5),
                Quantile.linear(present, 0.75), present.last,
            ]
            out.append(.double(Column(name: column.name, stats)))
        }
        return DataFrame(uncheckedColumns: out)
    }

    /// The distinct values of a column in first-seen order (a missing cell counts once).
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func uniqueValues(of column: String) throws -> AnyColumn {
        let c = try self.column(named: column)
        guard rowCount > 0 else { return c }
        return c.gathered(Factorization(columns: [c]).firstRows)
    }

    /// The distinct rows over `columns` (all columns when `nil`), first occurrences in order.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func distinct(on columns: [String]? = nil) throws -> DataFrame {
        let keys = try (columns ?? columnNames).map { try column(named: $0) }
        guard rowCount > 0, !keys.isEmpty else { return self }
        return gatheringRows(Factorization(columns: keys).firstRows)
    }

    /// Each distinct value of `column` with its number of rows, most frequent first (ties in
    /// first-seen order), as columns `column` and `countName`.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func valueCounts(of column: String, countName: String = "count") throws -> DataFrame {
        let counts = try grouped(by: [column]).counts(named: countName)
        return try counts.sorted(by: countName, ascending: false)
    }
}
