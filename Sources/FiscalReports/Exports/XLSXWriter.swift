import Foundation
import ZIPFoundation

/// Writes ``ExportTable``s as an Office Open XML workbook (.xlsx), one sheet per table.
///
/// Numbers are number cells, text goes to the shared-strings table, the header row is bold and
/// frozen, columns get widths from their content (CJK characters count double), sheet names are
/// sanitized to Excel's rules (≤ 31 characters, none of `[]:*?/\`, unique). Text that would read
/// as a formula is stored with the `quotePrefix` style, so it displays and re-exports as text.
/// The archive is deflated with fixed timestamps: the same tables give the same bytes.
public struct XLSXWriter: Sendable {
    public init() {}

    /// The workbook bytes.
    ///
    /// - Parameter tables: One sheet each, in order; an empty list gives one empty sheet.
    /// - Throws: ``OutputError`` when the archive cannot be assembled.
    /// - Complexity: O(total cells).
    public func data(for tables: [ExportTable]) throws -> Data {
        let tables = tables.isEmpty ? [ExportTable(name: "Sheet1", columns: [])] : tables
        var strings = SharedStrings()
        let names = Self.sheetNames(for: tables.map(\.name))
        var sheets: [String] = []
        for table in tables { sheets.append(sheetXML(table, strings: &strings)) }

        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", contentTypes(sheetCount: tables.count)))
        parts.append(("_rels/.rels", Self.rootRelationships))
        parts.append(("xl/workbook.xml", workbook(names: names)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: tables.count)))
        parts.append(("xl/styles.xml", Self.styles))
        parts.append(("xl/sharedStrings.xml", strings.xml))
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet)) }

        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let date = Date(timeIntervalSince1970: 946_684_800)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw OutputError(path: "workbook", operation: "assemble xlsx", reason: "the archive has no data")
            }
            return data
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: "workbook", operation: "assemble xlsx", reason: String(describing: error))
        }
    }

    // MARK: Sheets

    func sheetXML(_ table: ExportTable, strings: inout SharedStrings) -> String {
        var widths = table.columns.map { Self.displayWidth($0) }
        let columnNames = table.columns.indices.map { Array(Self.columnName($0).utf8) }
        var rows: [UInt8] = []
        rows.reserveCapacity(64 + table.rows.count * table.columns.count * 24)
        func put(_ text: String) { rows += text.utf8 }
        func cellStart(_ column: Int, _ row: Int) {
            put("<c r=\"")
            rows += columnNames[column]
            put(String(row))
            rows.append(UInt8(ascii: "\""))
        }
        put("<row r=\"1\">")
        for (index, name) in table.columns.enumerated() {
            cellStart(index, 1)
            put(" t=\"s\" s=\"1\"><v>\(strings.index(of: name))</v></c>")
        }
        put("</row>")
        for (rowIndex, row) in table.rows.enumerated() {
            let r = rowIndex + 2
            put("<row r=\"\(r)\">")
            for index in table.columns.indices {
                let cell = index < row.count ? row[index] : .empty
                switch cell {
                case .empty:
                    continue
                case .text(let text):
                    cellStart(index, r)
                    put(CSVExport.looksLikeFormula(text) ? " t=\"s\" s=\"2\"><v>" : " t=\"s\"><v>")
                    put(String(strings.index(of: text)))
                    put("</v></c>")
                    if text.utf8.count > widths[index] { widths[index] = max(widths[index], Self.displayWidth(text)) }
                default:
                    if let value = cell.numericValue {
                        cellStart(index, r)
                        put("><v>")
                        put(Self.numberText(value))
                        put("</v></c>")
                        widths[index] = max(widths[index], cell.plainText.count)
                    }
                }
            }
            put("</row>")
        }
        let rowsXML = String(decoding: rows, as: UTF8.self)
        var xml = Self.xmlHeader
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !table.columns.isEmpty {
            let last = Self.columnName(table.columns.count - 1)
            xml += "<dimension ref=\"A1:\(last)\(table.rows.count + 1)\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                let w = min(max(width, 6), 60) + 2
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + rowsXML + "</sheetData></worksheet>"
        return xml
    }

    /// Shortest round-trip decimal text of a finite number (`17` significant digits at most).
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Display width in Latin columns: East Asian wide and full-width characters count 2.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            width += wide ? 2 : 1
        }
        return width
    }

    /// Excel-valid, unique sheet names: forbidden characters replaced, at most 31 UTF-16 units,
    /// no leading or trailing apostrophe, duplicates numbered.
    static func sheetNames(for titles: [String]) -> [String] {
        var used: Set<String> = []
        var names: [String] = []
        for (index, title) in titles.enumerated() {
            var base = String(title.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 })
            base = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
            base = base.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if base.isEmpty || base.lowercased() == "history" { base = "Sheet\(index + 1)" }
            var candidate = truncated(base, to: 31)
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "-\(counter)"
                candidate = truncated(base, to: 31 - suffix.utf16.count) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    static func truncated(_ text: String, to units: Int) -> String {
        var out = ""
        for c in text {
            if out.utf16.count + String(c).utf16.count > units { break }
            out.append(c)
        }
        return out
    }

    // MARK: Package parts

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    func contentTypes(sheetCount: Int) -> String {
        var xml = Self.xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 1...sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    static let rootRelationships = xmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    func workbook(names: [String]) -> String {
        var xml = Self.xmlHeader + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    func workbookRelationships(sheetCount: Int) -> String {
        var xml = Self.xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Style 0: default; 1: bold header; 2: text with quote prefix (formula-looking text).
    static let styles = xmlHeader
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}

/// The workbook's shared-strings table, in first-use order.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let i = indices[text] { return i }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = XLSXWriter.xmlHeader
        xml += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += XMLText.escaped(text) + "</t></si>"
        }
        return xml + "</sst>"
    }
}
