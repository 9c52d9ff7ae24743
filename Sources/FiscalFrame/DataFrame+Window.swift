/// An operation over the rows of each group, in frame order.
public enum WindowOperation: Sendable, Hashable, CustomStringConvertible {
    /// The value `n` rows earlier in the group (pandas `shift(n)`).
    case lag(Int)
    /// The value `n` rows later in the group (pandas `shift(-n)`).
    case lead(Int)
    /// The value minus the value `n` rows earlier (pandas `diff(n)`).
    case difference(Int)
    /// value / (value `n` rows earlier) − 1 (pandas `pct_change(n, fill_method=None)`); a zero
    /// base gives ±inf, or NaN for 0/0.
    case percentChange(Int)
    /// The running sum of present values; missing cells stay missing (pandas `cumsum`).
    case cumulativeSum
    /// The mean of the present values among the last `window` rows, when at least
    /// `minimumCount` are present (pandas `rolling(window, min_periods).mean()`).
    case rollingMean(window: Int, minimumCount: Int)

    public var description: String {
        switch self {
        case .lag(let n): "lag\(n)"
        case .lead(let n): "lead\(n)"
        case .difference(let n): "diff\(n)"
        case .percentChange(let n): "pct_change\(n)"
        case .cumulativeSum: "cumsum"
        case .rollingMean(let w, _): "rolling_mean\(w)"
        }
    }
}

extension DataFrame {
    /// The frame with a column computed by `operation` over `column` within the groups of
    /// `groupKeys` (the whole frame when empty), rows taken in frame order.
    ///
    /// Lag and lead keep the column's type; difference and cumulative sum keep integer and money
    /// exact; percent change and rolling mean give doubles. Sort first for time order.
    ///
    /// - Parameters:
    ///   - name: the new column's name; defaults to `column_operation` (`amount_lag1`).
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, ``FrameError/typeMismatch(column:expected:actual:)``
    ///   for arithmetic on text, ``FrameError/invalidArgument(_:)`` for a non-positive window.
    public func window(
        _ operation: WindowOperation, of column: String, groupedBy groupKeys: [String] = [], as name: String? = nil
    ) throws -> DataFrame {
        let input = try self.column(named: column)
        let groups: (offsets: [Int], rows: [Int])
        if groupKeys.isEmpty || rowCount == 0 {
            groups = ([0, rowCount], Array(0..<rowCount))
        } else {
            groups = try grouped(by: groupKeys).factorization.groupedRows()
        }
        var output = try WindowKernel(groups: groups, count: rowCount).apply(operation, to: input)
        output.name = name ?? "\(column)_\(operation)"
        var copy = self
        try copy.replace(column: output)
        return copy
    }
}

struct WindowKernel {
    let groups: (offsets: [Int], rows: [Int])
    let count: Int

    /// Calls `body` with each group's rows in frame order.
    private func forEachGroup(_ body: (ArraySlice<Int>) -> Void) {
        for g in 0..<(groups.offsets.count - 1) {
            body(groups.rows[groups.offsets[g]..<groups.offsets[g + 1]])
        }
    }

    func apply(_ operation: WindowOperation, to input: AnyColumn) throws -> AnyColumn {
        switch operation {
        case .lag(let n), .lead(let n):
            guard n >= 0 else { throw FrameError.invalidArgument("lag and lead need a non-negative offset") }
            let shift = { () -> Int in if case .lag = operation { return n } else { return -n } }()
            var source = [Int](repeating: -1, count: count)
            forEachGroup { rows in
                let r = Array(rows)
                for (k, row) in r.enumerated() {
                    let j = k - shift
                    if j >= 0 && j < r.count { source[row] = r[j] }
                }
            }
            return input.gathered(source)
        case .difference(let n):
            guard n >= 1 else { throw FrameError.invalidArgument("a difference needs an offset of at least 1") }
            switch input {
            case .int(let c): return .int(Column(name: c.name, pairwise(c, n) { $1.subtractingReportingOverflow($0).overflow ? nil : $1 - $0 }))
            case .money(let c): return .money(Column(name: c.name, pairwise(c, n) { $1 - $0 }))
            default:
                let c = try doubles(input)
                return .double(Column(name: c.name, pairwise(c, n) { $1 - $0 }))
            }
        case .percentChange(let n):
            guard n >= 1 else { throw FrameError.invalidArgument("a percent change needs an offset of at least 1") }
            let c = try doubles(input)
            return .double(Column(name: c.name, pairwise(c, n) { $1 / $0 - 1 }))
        case .cumulativeSum:
            switch input {
            case .int(let c): return .int(Column(name: c.name, running(c, 0) { $0.addingReportingOverflow($1).overflow ? nil : $0 + $1 }))
            case .money(let c): return .money(Column(name: c.name, running(c, .zero) { $0 + $1 }))
            default: return .double(Column(name: input.name, running(try doubles(input), 0.0) { $0 + $1 }))
            }
        case .rollingMean(let window, let minimumCount):
            guard window >= 1, minimumCount >= 0 else {
                throw FrameError.invalidArgument("a rolling window needs a size of at least 1")
            }
            let c = try doubles(input)
            var out = [Double?](repeating: nil, count: count)
            forEachGroup { rows in
                let r = Array(rows)
                for k in r.indices {
                    var sum = 0.0, present = 0
                    for j in Swift.max(0, k - window + 1)...k {
                        if let v = c[r[j]] { sum += v; present += 1 }
                    }
                    if present >= Swift.max(1, minimumCount) { out[r[k]] = sum / Double(present) }
                }
            }
            return .double(Column(name: c.name, out))
        }
    }

    private func doubles(_ input: AnyColumn) throws -> Column<Double> {
        guard let values = input.doubles, input.dataType != .bool else {
            throw FrameError.typeMismatch(column: input.name, expected: "numbers", actual: input.dataType)
        }
        return Column(name: input.name, values)
    }

    private func pairwise<T>(_ c: Column<T>, _ n: Int, _ f: (T, T) -> T?) -> [T?] {
        var out = [T?](repeating: nil, count: count)
        forEachGroup { rows in
            let r = Array(rows)
            for k in r.indices where k >= n {
                if let a = c[r[k - n]], let b = c[r[k]] { out[r[k]] = f(a, b) }
            }
        }
        return out
    }

    private func running<T>(_ c: Column<T>, _ zero: T, _ add: (T, T) -> T?) -> [T?] {
        var out = [T?](repeating: nil, count: count)
        forEachGroup { rows in
            var total: T? = zero
            for row in rows {
                guard let v = c[row] else { continue }
                total = total.flatMap { add($0, v) }
                out[row] = total
            }
        }
        return out
    }
}
