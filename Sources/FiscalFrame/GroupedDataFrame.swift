/// A frame split into groups by key columns, ready to aggregate.
///
/// Groups appear in first-seen order of their keys; a missing key is a group of its own.
///
/// ```swift
/// let totals = try frame.grouped(by: ["agency"]).aggregated([.sum("amount"), .mean("amount")])
/// ```
public struct GroupedDataFrame: Sendable {
    /// The frame being grouped.
    public let frame: DataFrame
    /// The key column names.
    public let keys: [String]
    package let factorization: Factorization

    /// The number of groups.
    public var groupCount: Int { factorization.count }

    /// The key columns, one row per group.
    public var keyFrame: DataFrame {
        DataFrame(uncheckedColumns: keys.compactMap { frame[$0]?.gathered(factorization.firstRows) })
    }

    /// The key columns followed by one column per aggregation.
    ///
    /// Missing cells are skipped by every function except ``AggregateFunction/size``; NaN is a
    /// value and propagates through sum, mean and the spread functions.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, ``FrameError/typeMismatch(column:expected:actual:)``
    ///   (e.g. the mean of text), ``FrameError/overflow(column:)``, or ``FrameError/duplicateColumn(_:)``.
    /// - Complexity: O(n) per aggregation; O(n log n) for median and quantiles.
    public func aggregated(_ aggregations: [Aggregation]) throws -> DataFrame {
        var result = keyFrame
        let kernel = GroupKernel(codes: factorization.codes, groupCount: groupCount)
        for aggregation in aggregations {
            let input = try frame.column(named: aggregation.column)
            var output = try kernel.reduce(input, aggregation.function)
            output.name = aggregation.name
            try result.append(column: output)
        }
        return result
    }

    /// The key columns and the number of rows in each group.
    public func counts(named name: String = "count") throws -> DataFrame {
        var result = keyFrame
        let kernel = GroupKernel(codes: factorization.codes, groupCount: groupCount)
        try result.append(Column(name: name, values: kernel.sizes()))
        return result
    }

    /// The rows of group `index` (in frame order) as a frame.
    public func group(at index: Int) -> DataFrame {
        var rows: [Int] = []
        for (i, c) in factorization.codes.enumerated() where Int(c) == index { rows.append(i) }
        return frame.gatheringRows(rows)
    }
}

extension DataFrame {
    /// Groups rows by the values of `keys`.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, or ``FrameError/invalidArgument(_:)``
    ///   when `keys` is empty.
    /// - Complexity: O(n · keys) expected.
    public func grouped(by keys: [String]) throws -> GroupedDataFrame {
        guard !keys.isEmpty else { throw FrameError.invalidArgument("grouping needs at least one key column") }
        let keyColumns = try keys.map { try column(named: $0) }
        let factorization = rowCount == 0
            ? Factorization.empty
            : Factorization(columns: keyColumns)
        return GroupedDataFrame(frame: self, keys: keys, factorization: factorization)
    }

    /// Groups rows by one key column.
    public func grouped(by key: String) throws -> GroupedDataFrame { try grouped(by: [key]) }
}
