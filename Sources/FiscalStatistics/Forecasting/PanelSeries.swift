import FiscalFrame

/// One annual series taken from a long table: its group key and its values.
public struct KeyedSeries: Sendable, Hashable {
    /// The values of the grouping columns, in the order they were named.
    public var key: [String]
    /// The series (the most recent run of consecutive years).
    public var series: AnnualSeries
    /// Notes on how the series was built (dropped years before a gap, skipped missing values).
    public var notes: [String]
}

/// Why series cannot be taken from a table.
public enum PanelSeriesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A needed column is absent.
    case missingColumn(String, available: [String])
    /// The year column holds something other than whole years.
    case invalidYear(row: Int, text: String)
    /// The value column is not numeric.
    case notNumeric(column: String)
    /// A value is NaN or infinite.
    case nonFiniteValue(row: Int, column: String)
    /// One group has two rows for the same year.
    case duplicateYear(key: [String], year: Int, rows: [Int])
    /// No row carries the metric.
    case noData(metric: String)

    public var description: String {
        switch self {
        case .missingColumn(let name, let available):
            "no column '\(name)'; columns are \(available.map { "'\($0)'" }.joined(separator: ", "))"
        case .invalidYear(let row, let text): "row \(row): year '\(text)' is not a whole year"
        case .notNumeric(let column): "column '\(column)' is not numeric"
        case .nonFiniteValue(let row, let column): "row \(row): \(column) is not a finite number"
        case .duplicateYear(let key, let year, let rows):
            "\(key.isEmpty ? "the series" : key.joined(separator: "/")) has more than one value for \(year) (rows \(rows.map(String.init).joined(separator: ", "))); group by more columns or sum them"
        case .noData(let metric): "no values for '\(metric)'"
        }
    }
}

/// Builds annual series from a long table.
public enum PanelSeries {
    /// Splits `frame` into one series per group.
    ///
    /// The value comes from the column named `metric`; when there is none but the table has
    /// `metric` and `value` columns (the panel's long form), rows whose `metric` equals
    /// `metric` are used with their `value`. Rows with a missing value or year are skipped.
    /// Groups appear in first-seen order. When a group's years have a gap, only the years
    /// after the last gap are kept, with a note.
    ///
    /// - Parameters:
    ///   - frame: The table.
    ///   - metric: The value column, or the metric name in long form.
    ///   - yearColumn: The year column (default `year`).
    ///   - by: Columns identifying each series; empty for a single series.
    ///   - summingDuplicates: Whether rows of one group and year are added up (a group total,
    ///     e.g. all agencies of a region); otherwise they are an error.
    /// - Returns: The series in first-seen group order.
    /// - Throws: ``PanelSeriesError`` naming the row (1-based data rows) or column at fault.
    /// - Complexity: O(rows · log rows).
    public static func extract(
        from frame: DataFrame, metric: String, yearColumn: String = "year", by: [String] = [],
        summingDuplicates: Bool = false
    ) throws(PanelSeriesError) -> [KeyedSeries] {
        let groups = try observations(from: frame, metric: metric, yearColumn: yearColumn, by: by)
        guard !groups.isEmpty else { throw .noData(metric: metric) }
        var result: [KeyedSeries] = []
        for (key, observed) in groups {
            var rows = observed.sorted { $0.year < $1.year || ($0.year == $1.year && $0.row < $1.row) }
            var notes: [String] = []
            if summingDuplicates {
                var summed: [(year: Int, value: Double, row: Int)] = []
                for row in rows {
                    if let last = summed.last, last.year == row.year { summed[summed.count - 1].value += row.value } else { summed.append(row) }
                }
                if summed.count < rows.count { notes.append("\(rows.count) rows summed into \(summed.count) years") }
                rows = summed
            }
            var start = 0
            for index in rows.indices.dropFirst() {
                if rows[index].year == rows[index - 1].year {
                    throw .duplicateYear(key: key, year: rows[index].year, rows: [rows[index - 1].row, rows[index].row])
                }
                if rows[index].year != rows[index - 1].year + 1 { start = index }
            }
            if start > 0 {
                notes.append("years \(rows[0].year)–\(rows[start - 1].year) dropped: \(rows[start - 1].year + 1) is missing")
            }
            let kept = rows[start...]
            result.append(KeyedSeries(
                key: key, series: AnnualSeries(unchecked: kept.first?.year ?? 0, kept.map(\.value)), notes: notes))
        }
        return result
    }

    /// The present (year, value, 1-based row) observations per group, first-seen order, of the
    /// rows `includes` accepts.
    static func observations(
        from frame: DataFrame, metric: String, yearColumn: String, by: [String], includes: @escaping (Int) -> Bool = { _ in true }
    ) throws(PanelSeriesError) -> [(key: [String], rows: [(year: Int, value: Double, row: Int)])] {
        func column(_ name: String) throws(PanelSeriesError) -> AnyColumn {
            guard let column = frame[name] else { throw .missingColumn(name, available: frame.columnNames) }
            return column
        }
        let years = try column(yearColumn)
        let keys = try by.map { name throws(PanelSeriesError) in try column(name) }
        var valueColumn: AnyColumn
        var selected: (Int) -> Bool = includes
        if let direct = frame[metric] {
            valueColumn = direct
        } else if let names = frame["metric"], let values = frame["value"] {
            valueColumn = values
            selected = { row in names[row]?.description == metric && includes(row) }
        } else {
            throw .missingColumn(metric, available: frame.columnNames)
        }
        guard let values = valueColumn.doubles else { throw .notNumeric(column: valueColumn.name) }
        var order: [[String]] = []
        var rowsByKey: [[String]: [(year: Int, value: Double, row: Int)]] = [:]
        for row in 0..<frame.rowCount where selected(row) {
            guard let value = values[row], let yearCell = years[row] else { continue }
            guard let yearValue = yearCell.doubleValue, yearValue == yearValue.rounded(),
                  abs(yearValue) < 100_000 else {
                throw .invalidYear(row: row + 1, text: yearCell.description)
            }
            guard value.isFinite else { throw .nonFiniteValue(row: row + 1, column: valueColumn.name) }
            let key = keys.map { $0[row]?.description ?? "" }
            if rowsByKey[key] == nil { order.append(key) }
            rowsByKey[key, default: []].append((Int(yearValue), value, row + 1))
        }
        return order.map { ($0, rowsByKey[$0] ?? []) }
    }
}
