/// The table a regression reads: named columns of optional numbers or optional text, all of the
/// same length. `nil` is a missing value; NaN is not missing and is rejected when used.
public struct RegressionData: Sendable {
    /// One column's values.
    public enum Column: Sendable, Equatable {
        /// Numbers; nil is missing.
        case numeric([Double?])
        /// Text (categories, codes, identifiers); nil is missing.
        case text([String?])

        var count: Int {
            switch self {
            case let .numeric(values): values.count
            case let .text(values): values.count
            }
        }

        func isMissing(_ row: Int) -> Bool {
            switch self {
            case let .numeric(values): values[row] == nil
            case let .text(values): values[row] == nil
            }
        }

        /// The value as a level label: text as it is, integral numbers without a decimal point.
        func label(_ row: Int) -> String? {
            switch self {
            case let .text(values): return values[row]
            case let .numeric(values):
                guard let value = values[row] else { return nil }
                if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
                return "\(value)"
            }
        }
    }

    /// Column names in their original order.
    public let columnNames: [String]
    private let storage: [String: Column]
    /// The number of rows.
    public let rowCount: Int

    /// Creates a table from named columns.
    ///
    /// - Throws: ``RegressionError/invalidValue(column:row:reason:)`` when a column's length differs
    ///   from the first column's, or a name repeats.
    public init(columns: [(name: String, values: Column)]) throws(RegressionError) {
        let count = columns.first?.values.count ?? 0
        var storage: [String: Column] = [:]
        for (name, values) in columns {
            guard values.count == count else {
                throw .invalidValue(column: name, row: min(count, values.count) + 1,
                                    reason: "column has \(values.count) rows, expected \(count)")
            }
            guard storage[name] == nil else {
                throw .invalidValue(column: name, row: 1, reason: "column name appears twice")
            }
            storage[name] = values
        }
        self.columnNames = columns.map(\.name)
        self.storage = storage
        self.rowCount = count
    }

    /// The column named `name`.
    ///
    /// - Throws: ``RegressionError/unknownColumn(name:available:)``.
    public func column(_ name: String) throws(RegressionError) -> Column {
        guard let column = storage[name] else { throw .unknownColumn(name: name, available: columnNames) }
        return column
    }

    /// The numeric column named `name`.
    ///
    /// - Throws: ``RegressionError/unknownColumn(name:available:)`` or
    ///   ``RegressionError/wrongColumnType(name:expected:)`` for a text column.
    public func numericColumn(_ name: String) throws(RegressionError) -> [Double?] {
        guard case let .numeric(values) = try column(name) else {
            throw .wrongColumnType(name: name, expected: "numeric (wrap it in C(…) to use it as categories)")
        }
        return values
    }
}
