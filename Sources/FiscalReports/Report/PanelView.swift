/// The panel as a Markdown table with one row per metric and one column per agency-year-kind,
/// each value followed by its `file:line` (for notebooks and `fiscal report --print panel`).
public enum PanelView {
    /// The transposed panel; at most `maximumColumns` agency-years (the first in panel order).
    public static func markdown(_ panel: Panel, maximumColumns: Int = 8) -> String {
        let rows = Array(panel.rows.prefix(maximumColumns))
        guard !rows.isEmpty else { return "The panel is empty.\n" }
        var table = ExportTable(name: "panel", columns: ["metric"] + rows.map { "\($0.key.agency) \($0.key.year) \($0.key.kind.rawValue)" })
        for column in panel.columns {
            var cells: [ExportCell] = [.text(column)]
            var any = false
            for row in rows {
                guard let cell = row.cells[column] else { cells.append(.empty); continue }
                any = true
                let value: String
                switch cell.value {
                case .money(let m): value = DisplayNumber.money(fen: m.fen, grouping: true)
                case .count(let c): value = String(c)
                }
                let marks = (cell.fact.origin == .derived ? " (derived)" : "") + (cell.isConflicting ? " ⚠ conflict" : "")
                cells.append(.text("\(value)\(marks) — \(reference(cell.fact))"))
            }
            if any { table.rows.append(cells) }
        }
        var text = MarkdownText.table(table)
        if panel.rows.count > maximumColumns { text += "\n… \(panel.rows.count - maximumColumns) more agency-years in panel.csv.\n" }
        return text
    }
}
