import FiscalFrame

/// A table ready for export: named columns and rows of typed cells.
///
/// The same table is written as CSV, XLSX and Markdown, so numbers stay numbers in a
/// spreadsheet and are formatted for people in Markdown.
public struct ExportTable: Sendable, Hashable {
    /// The table's title (becomes the sheet name and the file stem).
    public var name: String
    public var columns: [String]
    public var rows: [[ExportCell]]

    public init(name: String, columns: [String], rows: [[ExportCell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// One cell of an ``ExportTable``.
public enum ExportCell: Sendable, Hashable {
    /// Text, written as a string everywhere (and escaped against formula injection).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number, with the count of decimals Markdown shows; CSV and XLSX keep the full value
    /// (shortest round-trip text in CSV).
    case number(Double, decimals: Int)
    /// Exact money, written as its exact decimal text in CSV and as a number in XLSX.
    case money(fen: Int64)
    /// Missing.
    case empty

    /// The plain text of the cell as CSV writes it (no escaping); non-finite numbers are empty.
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let v, _): v.isFinite ? NumberText.plain(v) : ""
        case .money(let fen): DisplayNumber.money(fen: fen)
        case .empty: ""
        }
    }

    /// The numeric value, for spreadsheet number cells.
    public var numericValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let v, _): v.isFinite ? v : nil
        case .money(let fen): Double(fen) / 100
        case .text, .empty: nil
        }
    }
}
