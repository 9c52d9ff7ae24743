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
        String(decoding: bytes(of: table), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``text(of:)``.
    public func data(of table: ExportTable) -> Data { Data(bytes(of: table)) }

    /// The UTF-8 bytes of the CSV, appended field by field into one buffer.
    ///
    /// - Complexity: O(total text length).
    public func bytes(of table: ExportTable) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + table.rows.count * table.columns.count * 12)
        if includesByteOrderMark { out += [0xEF, 0xBB, 0xBF] }
        let terminator = Array(lineTerminator.utf8)
        for (index, name) in table.columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(name, isText: true, to: &out)
        }
        out += terminator
        for row in table.rows {
            for index in table.columns.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                let cell = index < row.count ? row[index] : .empty
                switch cell {
                case .empty: break
                case .text(let text): appendField(text, isText: true, to: &out)
                case .integer(let value): out += String(value).utf8
                default: appendField(cell.plainText, isText: false, to: &out)
                }
            }
            out += terminator
        }
        return out
    }

    /// Appends one field, escaped and quoted as needed (same rules as ``field(_:isText:)``).
    func appendField(_ value: String, isText: Bool, to out: inout [UInt8]) {
        let utf8 = value.utf8
        let prefix = isText && escapesFormulas && Self.looksLikeFormula(value)
        var needsQuotes = false
        for byte in utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13 {
            needsQuotes = true
            break
        }
        if utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") { needsQuotes = true }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if prefix { out.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out += utf8
        }
    }

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
