import Foundation

/// Writes ``ExportTable``s as CSV (RFC 4180), plain or in an Excel preset.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) are prefixed with `'`, the OWASP recommendation; number cells are
/// never altered, so `-12.5` stays a number.
public struct CSVExport: Sendable {
    /// Put a UTF-8 byte-order mark first (Excel needs it to read UTF-8).
    public var includesByteOrderMark: Bool
    /// Line terminator: `"\n"` plain, `"\r\n"` for Excel.
    public var lineTerminator: String
    /// Escape formula-looking text cells.
    public var escapesFormulas: Bool

    public init(includesByteOrderMark: Bool = false, lineTerminator: String = "\n", escapesFormulas: Bool = true) {
        self.includesByteOrderMark = includesByteOrderMark
        self.lineTerminator = lineTerminator
        self.escapesFormulas = escapesFormulas
    }

    /// Plain UTF-8, LF line ends, formulas escaped.
    public static let plain = CSVExport()
    /// UTF-8 with BOM and CRLF, formulas escaped: opens correctly in Excel.
    public static let excel = CSVExport(includesByteOrderMark: true, lineTerminator: "\r\n")

    /// The CSV text of `table`, header first.
    public func text(of table: ExportTable) -> String {
        var out = includesByteOrderMark ? "\u{FEFF}" : ""
        out += table.columns.map { field($0, isText: true) }.joined(separator: ",") + lineTerminator
        for row in table.rows {
            var cells: [String] = []
            cells.reserveCapacity(table.columns.count)
            for index in table.columns.indices {
                let cell = index < row.count ? row[index] : .empty
                if case .text = cell { cells.append(field(cell.plainText, isText: true)) }
                else { cells.append(field(cell.plainText, isText: false)) }
            }
            out += cells.joined(separator: ",") + lineTerminator
        }
        return out
    }

    /// The UTF-8 bytes of ``text(of:)``.
    public func data(of table: ExportTable) -> Data { Data(text(of: table).utf8) }

    /// One field, escaped and quoted as needed.
    public func field(_ value: String, isText: Bool) -> String {
        var value = value
        if isText && escapesFormulas, Self.looksLikeFormula(value) { value = "'" + value }
        let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would interpret `value` as a formula.
    public static func looksLikeFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return "=+-@\t\r".unicodeScalars.contains(first) || "＝＋－＠".unicodeScalars.contains(first)
    }
}
