import FiscalFrame

/// One series' budget and final figures, split into years with both and budgets still awaiting
/// their final.
public struct KeyedExecution: Sendable, Hashable {
    /// The values of the grouping columns.
    public var key: [String]
    /// Years with both a budget and a final figure, ascending.
    public var history: [ExecutionRecord]
    /// Years with a budget but no final yet, ascending: what ``BudgetExecution`` predicts.
    public var pending: [(year: Int, budget: Double)]

    public static func == (a: KeyedExecution, b: KeyedExecution) -> Bool {
        a.key == b.key && a.history == b.history && a.pending.map(\.year) == b.pending.map(\.year)
            && a.pending.map(\.budget) == b.pending.map(\.budget)
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(key); hasher.combine(history) }
}

extension BudgetExecution {
    /// Pairs budget and final figures per group from a long table.
    ///
    /// The table needs a year column, a kind column whose cells read `budget` or `final`
    /// (other kinds, e.g. `adjusted`, are ignored), and the value column named `metric` (or,
    /// in long form, `metric` and `value` columns as in ``PanelSeries``).
    ///
    /// - Parameters:
    ///   - frame: The table.
    ///   - metric: The value column or metric name.
    ///   - yearColumn: The year column.
    ///   - kindColumn: The column saying budget or final (default `kind`).
    ///   - by: Columns identifying each series.
    /// - Returns: One entry per group, first-seen order.
    /// - Throws: ``PanelSeriesError`` for missing columns, bad years or duplicate group-years.
    public static func pairs(
        from frame: DataFrame, metric: String, yearColumn: String = "year", kindColumn: String = "kind", by: [String] = []
    ) throws(PanelSeriesError) -> [KeyedExecution] {
        guard let kinds = frame[kindColumn] else { throw .missingColumn(kindColumn, available: frame.columnNames) }
        var byKind: [String: [(key: [String], rows: [(year: Int, value: Double, row: Int)])]] = [:]
        for kind in ["budget", "final"] {
            byKind[kind] = try PanelSeries.observations(from: frame, metric: metric, yearColumn: yearColumn, by: by) { row in
                kinds[row]?.description.lowercased() == kind
            }
        }
        let budgets = byKind["budget"] ?? [], finals = byKind["final"] ?? []
        guard !budgets.isEmpty else { throw .noData(metric: metric) }
        func byYear(_ key: [String], _ rows: [(year: Int, value: Double, row: Int)]) throws(PanelSeriesError) -> [Int: Double] {
            var result: [Int: (value: Double, row: Int)] = [:]
            for row in rows {
                if let earlier = result[row.year] { throw .duplicateYear(key: key, year: row.year, rows: [earlier.row, row.row]) }
                result[row.year] = (row.value, row.row)
            }
            return result.mapValues(\.value)
        }
        var finalByKey: [[String]: [Int: Double]] = [:]
        for group in finals { finalByKey[group.key] = try byYear(group.key, group.rows) }
        var result: [KeyedExecution] = []
        for group in budgets {
            let budgetByYear = try byYear(group.key, group.rows)
            let finalByYear = finalByKey[group.key] ?? [:]
            let lastFinal = finalByYear.keys.max() ?? Int.min
            var history: [ExecutionRecord] = [], pending: [(year: Int, budget: Double)] = []
            for year in budgetByYear.keys.sorted() {
                guard let budget = budgetByYear[year] else { continue }
                if let final = finalByYear[year] {
                    history.append(ExecutionRecord(year: year, budget: budget, final: final))
                } else if year > lastFinal {
                    pending.append((year, budget))
                }
            }
            result.append(KeyedExecution(key: group.key, history: history, pending: pending))
        }
        return result
    }
}
