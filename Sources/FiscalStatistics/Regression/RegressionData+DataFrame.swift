import FiscalFrame

extension RegressionData {
    /// The columns of a frame: integer, double and money columns (money in yuan) become numeric,
    /// text columns text, and boolean columns the numbers 0 and 1.
    public init(frame: DataFrame) throws(RegressionError) {
        let columns: [(name: String, values: Column)] = frame.columns.map { column in
            if let numbers = column.doubles { return (column.name, .numeric(numbers)) }
            switch column {
            case let .string(text): return (column.name, .text(Array(text)))
            case let .bool(flags): return (column.name, .numeric(flags.map { $0.map { $0 ? 1 : 0 } }))
            default: return (column.name, .text((0..<column.count).map { _ in nil }))
            }
        }
        try self.init(columns: columns)
    }
}

extension LinearRegression {
    /// Fits `specification` to the columns of `frame`.
    ///
    /// - Throws: ``RegressionError`` naming the column, term or row that prevents the fit.
    public static func fit(_ specification: ModelSpecification, frame: DataFrame) throws(RegressionError) -> RegressionResult {
        try fit(specification, data: RegressionData(frame: frame))
    }
}
