import FiscalFrame
import ArgumentParser
import Foundation

/// Output formats shared by the analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// A small table of text and numbers rendered as an aligned table, CSV, JSON or Markdown.
///
/// Numbers are formatted explicitly (two decimals, `.` as decimal point, no grouping), never
/// with `Double.description`.
struct OutputTable {
    enum Cell {
        case text(String)
        case integer(Int)
        case number(Double)
        case empty
    }

    var columns: [String]
    var rows: [[Cell]] = []
    var notes: [String] = []
    var digits = 2

    static let posix = Locale(identifier: "en_US_POSIX")

    static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        let text = value.formatted(.number.precision(.fractionLength(digits)).grouping(.never).locale(posix))
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): value
        case .integer(let value): String(value)
        case .number(let value): Self.decimal(value, digits: digits)
        case .empty: ""
        }
    }

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv:
            return ([columns.map(csvField)] + rows.map { $0.map { csvField(text($0)) } })
                .map { $0.joined(separator: ",") + "\n" }.joined()
        case .markdown:
            let header = "| " + columns.joined(separator: " | ") + " |\n"
            let rule = "|" + columns.map { _ in "---|" }.joined() + "\n"
            return header + rule + rows.map { "| " + $0.map { text($0).replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |\n" }.joined()
        case .table:
            let cells = [columns] + rows.map { $0.map(text) }
            let widths = columns.indices.map { index in cells.map { displayWidth($0[index]) }.max() ?? 0 }
            return cells.map { row in
                zip(row, widths).enumerated().map { position, pair in
                    let pad = String(repeating: " ", count: pair.1 - displayWidth(pair.0))
                    let numeric = position < rows.first.map(\.count) ?? 0 && isNumeric(position)
                    return numeric ? pad + pair.0 : pair.0 + pad
                }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            }.joined()
        case .json:
            let objects = rows.map { row in
                "  {" + zip(columns, row).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
            }
            let noteList = notes.map { "    " + jsonString($0) }.joined(separator: ",\n")
            return "{\n\"rows\": [\n" + objects.joined(separator: ",\n") + "\n],\n\"notes\": [\n" + noteList + "\n]\n}\n"
        }
    }

    func writeNotes() {
        for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
    }

    private func isNumeric(_ position: Int) -> Bool {
        rows.allSatisfy { row in
            switch row[position] { case .number, .integer, .empty: true; case .text: false }
        }
    }

    private func displayWidth(_ text: String) -> Int {
        // CJK characters take two columns in a terminal.
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.properties.isIdeographic ? 2 : 1) }
    }

    private func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private func jsonValue(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): jsonString(value)
        case .integer(let value): String(value)
        case .number(let value): value.isFinite ? Self.decimal(value, digits: digits) : "null"
        case .empty: "null"
        }
    }

    private func jsonString(_ text: String) -> String { JSONText.quoted(text) }
}
