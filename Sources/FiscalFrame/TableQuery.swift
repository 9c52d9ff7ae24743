/// The spreadsheet-style query behind `fiscal table`: read, filter, group and aggregate, sort,
/// select, head.
public struct TableQuery: Sendable {
    /// The CSV file.
    public var path: String
    /// How to read it.
    public var options: CSVReadingOptions
    /// Filter expressions, all of which must hold (see ``FilterExpression``).
    public var filters: [String]
    /// Key columns; empty with aggregations reduces the whole table to one row.
    public var groupBy: [String]
    /// The aggregations.
    public var aggregations: [Aggregation]
    /// Whether to add the number of rows per group as `rows`.
    public var includesSize: Bool
    /// Sort keys applied after aggregation.
    public var sort: [SortKey]
    /// Columns to keep, in order.
    public var select: [String]?
    /// Rows to keep from the top.
    public var head: Int?

    /// What a query produced.
    public struct Result: Sendable {
        /// The table.
        public var frame: DataFrame
        /// A remark for the user, such as the detected encoding when it was not UTF-8.
        public var note: String?
    }

    /// Creates a query.
    public init(
        path: String, options: CSVReadingOptions = .init(), filters: [String] = [], groupBy: [String] = [],
        aggregations: [Aggregation] = [], includesSize: Bool = false, sort: [SortKey] = [],
        select: [String]? = nil, head: Int? = nil
    ) {
        self.path = path
        self.options = options
        self.filters = filters
        self.groupBy = groupBy
        self.aggregations = aggregations
        self.includesSize = includesSize
        self.sort = sort
        self.select = select
        self.head = head
    }

    /// Runs the query.
    ///
    /// - Throws: ``CSVReadingError``, ``FilterExpressionError`` or ``FrameError`` naming the
    ///   file, expression or column at fault.
    public func run() throws -> Result {
        let read = try CSVReader.read(contentsOfFile: path, options: options)
        var frame = read.frame
        var note: String? = nil
        if options.encoding == .auto && read.encoding != .utf8 {
            note = "note: read \(path) as \(read.encoding)"
        }
        let expressions = try filters.map { try FilterExpression(parsing: $0) }
        for expression in expressions {
            frame = try frame.filtered(mask: try expression.mask(for: frame))
        }
        if !groupBy.isEmpty || !aggregations.isEmpty || includesSize {
            var aggregations = self.aggregations
            if includesSize, let first = frame.columnNames.first {
                aggregations.insert(Aggregation(first, .size, as: "rows"), at: 0)
            }
            if groupBy.isEmpty {
                let all = Column<Bool>(name: "\u{0}all", values: Array(repeating: true, count: frame.rowCount))
                var keyed = frame
                try keyed.append(all)
                frame = try keyed.grouped(by: [all.name]).aggregated(aggregations).dropping([all.name])
            } else {
                frame = try frame.grouped(by: groupBy).aggregated(aggregations)
            }
        }
        if !sort.isEmpty { frame = try frame.sorted(by: sort) }
        if let select { frame = try frame.selecting(select) }
        if let head { frame = frame.head(head) }
        return Result(frame: frame, note: note)
    }
}
