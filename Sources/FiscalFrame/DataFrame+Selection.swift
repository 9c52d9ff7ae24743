extension DataFrame {
    /// The named columns, in the given order.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)`` or ``FrameError/duplicateColumn(_:)``.
    public func selecting(_ names: [String]) throws -> DataFrame {
        guard Set(names).count == names.count else {
            throw FrameError.duplicateColumn(names.first { n in names.filter { $0 == n }.count > 1 } ?? "")
        }
        return DataFrame(uncheckedColumns: try names.map { try column(named: $0) })
    }

    /// The frame without the named columns.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func dropping(_ names: [String]) throws -> DataFrame {
        for name in names { _ = try columnIndex(name) }
        let removed = Set(names)
        return DataFrame(uncheckedColumns: columns.filter { !removed.contains($0.name) })
    }

    /// The frame with columns renamed (`[old: new]`).
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)`` or ``FrameError/duplicateColumn(_:)``.
    public func renaming(_ mapping: [String: String]) throws -> DataFrame {
        for old in mapping.keys { _ = try columnIndex(old) }
        var renamed = columns
        for i in renamed.indices {
            if let new = mapping[renamed[i].name] { renamed[i].name = new }
        }
        return try DataFrame(columns: renamed)
    }

    /// The first `count` rows (all when fewer).
    public func head(_ count: Int = 10) -> DataFrame {
        rowsCopy(0..<min(max(0, count), rowCount))
    }

    /// The last `count` rows (all when fewer).
    public func tail(_ count: Int = 10) -> DataFrame {
        rowsCopy(max(0, rowCount - max(0, count))..<rowCount)
    }

    /// The rows in `range` (clamped to the frame), copied into a frame of their own.
    public func rowsCopy(_ range: Range<Int>) -> DataFrame {
        DataFrame(uncheckedColumns: columns.map { $0.sliced(range.clamped(to: 0..<rowCount)) })
    }

    /// The rows where `mask` is true.
    ///
    /// - Throws: ``FrameError/lengthMismatch(column:expected:actual:)`` when the mask length differs.
    public func filtered(mask: [Bool]) throws -> DataFrame {
        guard mask.count == rowCount else {
            throw FrameError.lengthMismatch(column: "mask", expected: rowCount, actual: mask.count)
        }
        var indices: [Int] = []
        indices.reserveCapacity(rowCount)
        for (i, keep) in mask.enumerated() where keep { indices.append(i) }
        return gatheringRows(indices)
    }

    /// The rows for which `isIncluded` returns true.
    public func filtered(_ isIncluded: (Row) throws -> Bool) rethrows -> DataFrame {
        var indices: [Int] = []
        for i in 0..<rowCount where try isIncluded(Row(frame: self, index: i)) { indices.append(i) }
        return gatheringRows(indices)
    }

    /// The rows at `indices` in that order (`-1` gives a row of missing cells).
    package func gatheringRows(_ indices: [Int]) -> DataFrame {
        if columns.count > 1 && indices.count > 100_000 {
            let input = UncheckedBox((columns, indices))
            let gathered = parallelMap(columns.count) { c in
                UncheckedBox(input.value.0[c].gathered(input.value.1))
            }.map(\.value)
            return DataFrame(uncheckedColumns: gathered)
        }
        return DataFrame(uncheckedColumns: columns.map { $0.gathered(indices) })
    }

    /// The frame with a new column computed from each row.
    ///
    /// ```swift
    /// let withShare = try frame.deriving("share", Double.self) { row in
    ///     guard let a = row[amount], let t = row[total], t != 0 else { return nil }
    ///     return a / t
    /// }
    /// ```
    ///
    /// - Throws: ``FrameError/duplicateColumn(_:)``, or whatever `transform` throws.
    public func deriving<T: ColumnElement>(
        _ name: String, _ type: T.Type = T.self, _ transform: (Row) throws -> T?
    ) throws -> DataFrame {
        var values: [T?] = []
        values.reserveCapacity(rowCount)
        for i in 0..<rowCount { values.append(try transform(Row(frame: self, index: i))) }
        var copy = self
        try copy.append(Column<T>(name: name, values))
        return copy
    }

    /// The frame with `column` added at the end (or replacing the column of the same name).
    ///
    /// - Throws: ``FrameError/lengthMismatch(column:expected:actual:)``.
    public func adding(_ column: AnyColumn) throws -> DataFrame {
        var copy = self
        try copy.replace(column: column)
        return copy
    }

    /// Stacks frames vertically. Every frame must have the first frame's column names (in any
    /// order); the result keeps the first frame's order. Integer columns widen to double when
    /// another frame holds doubles there, and a column of only missing cells takes any type.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)`` when a frame lacks a column,
    ///   ``FrameError/invalidArgument(_:)`` when frames have different column sets, or
    ///   ``FrameError/typeMismatch(column:expected:actual:)`` when types conflict.
    public static func concatenating(_ frames: [DataFrame]) throws -> DataFrame {
        guard let first = frames.first else { return DataFrame() }
        let names = first.columnNames
        for frame in frames.dropFirst() where Set(frame.columnNames) != Set(names) {
            throw FrameError.invalidArgument(
                "cannot concatenate frames with columns [\(names.joined(separator: ", "))] and [\(frame.columnNames.joined(separator: ", "))]")
        }
        var columns: [AnyColumn] = []
        for name in names {
            columns.append(try concatenate(try frames.map { try $0.column(named: name) }, name: name))
        }
        return DataFrame(uncheckedColumns: columns)
    }

    /// Concatenates columns of compatible types.
    package static func concatenate(_ parts: [AnyColumn], name: String) throws -> AnyColumn {
        let present = parts.filter { $0.nilCount < $0.count }
        let types = Set(present.map(\.dataType))
        let type: DataType
        if types.isEmpty {
            type = parts.first?.dataType ?? .string
        } else if types.count == 1 {
            type = types.first!
        } else if types == [.int, .double] {
            type = .double
        } else {
            throw FrameError.typeMismatch(
                column: name, expected: types.map(\.rawValue).sorted().joined(separator: " or "),
                actual: present.last!.dataType)
        }
        func join<T: ColumnElement>(_ pick: (AnyColumn) -> Column<T>) -> AnyColumn {
            var values: [T] = []
            var validity: [Bool] = []
            var hasNil = false
            for part in parts {
                let c = pick(part)
                values.append(contentsOf: c.values)
                if let v = c.validity { validity.append(contentsOf: v); hasNil = true }
                else { validity.append(contentsOf: repeatElement(true, count: c.count)) }
            }
            return Column(name: name, values: values, validity: hasNil ? validity : nil).erased
        }
        func convert<T: ColumnElement>(_ part: AnyColumn, _ type: T.Type) -> Column<T> {
            if let typed = T.unerase(part) { return typed }
            if case .int(let c) = part, T.self == Double.self {
                return Column(name: name, values: c.values.map { Double($0) as! T }, validity: c.validity)
            }
            return Column(name: name, nilCount: part.count)
        }
        switch type {
        case .int: return join { convert($0, Int.self) }
        case .double: return join { convert($0, Double.self) }
        case .string: return join { convert($0, String.self) }
        case .bool: return join { convert($0, Bool.self) }
        case .money: return join { convert($0, Money.self) }
        }
    }
}
