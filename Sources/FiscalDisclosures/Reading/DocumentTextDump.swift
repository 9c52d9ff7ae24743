/// A plain-text rendering of a ``DocumentText`` for people: one line per paragraph, a table as
/// rows of cells separated by ` | `, each with its source line.
public enum DocumentTextDump {
    /// Renders `text`.
    ///
    /// - Parameters:
    ///   - text: The document read.
    ///   - summaryOnly: Only the first line (file, format, encoding, counts).
    /// - Returns: Lines ending in a line break.
    public static func render(_ text: DocumentText, summaryOnly: Bool = false) -> String {
        var paragraphs = 0
        var tables = 0
        for block in text.blocks {
            if case .table = block { tables += 1 } else { paragraphs += 1 }
        }
        var output = "\(text.source): \(text.format.rawValue), \(text.encoding), \(text.sourceLineCount) lines, "
            + "\(paragraphs) paragraphs, \(tables) tables, \(text.diagnostics.count) diagnostics\n"
        if summaryOnly { return output }
        for block in text.blocks {
            switch block {
            case .paragraph(let line):
                output += "\(line.line): \(line.text)\n"
            case .table(let table):
                let width = table.rows.map(\.count).max() ?? 0
                output += "\(table.line): table \(table.rows.count)×\(width)"
                    + (table.unitText.map { ", unit \($0)" } ?? "") + "\n"
                for row in table.rows {
                    let cells = row.map { $0.isContinuation ? "〃" : $0.text }
                    output += "  \(row.first?.line ?? table.line): | \(cells.joined(separator: " | ")) |\n"
                }
            }
        }
        for diagnostic in text.diagnostics { output += "\(diagnostic)\n" }
        return output
    }
}
