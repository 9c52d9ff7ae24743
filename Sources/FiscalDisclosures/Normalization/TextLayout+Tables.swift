extension TextLayout {
    // MARK: - (a) tab-led cells

    /// Layout (a): each line led by a tab is a cell (further tabs on the line separate further
    /// cells); a blank line ends a row; a line of two or more tabs and nothing else is an empty
    /// row. Without any blank line, the row width is inferred.
    mutating func tabLedTables(_ lines: ArraySlice<Line>) -> [Table] {
        var rows: [[TableCell]] = []
        var current: [TableCell] = []
        var sawSeparator = false
        func closeRow() {
            if !current.isEmpty { rows.append(current) }
            current = []
        }
        for position in lines.indices {
            guard lines[position].shape.isTabLed else {
                closeRow()
                sawSeparator = true
                continue
            }
            let number = lines[position].number
            let pieces = Self.cellsAfterFirstTab(lines[position].text)
            let isEmptyRow = pieces.count >= 2 && pieces.allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0D } }
            if isEmptyRow {
                closeRow()
                rows.append(Array(repeating: TableCell(text: "", line: number), count: pieces.count))
                sawSeparator = true
                continue
            }
            for piece in pieces { current.append(cell(piece, line: number)) }
        }
        closeRow()
        guard let first = lines.first else { return [] }
        if !sawSeparator, rows.count == 1, rows[0].count >= 6 {
            return [inferredTable(rows[0], line: first.number, layout: "tab-led")]
        }
        noteRaggedRows(rows, line: first.number)
        return [Table(rows: Self.droppingIndexColumns(rows), line: first.number)]
    }

    /// The text between the tabs of `text` after its first tab, each piece up to the next tab
    /// or the end: `" \ta\t\tb"` gives `["a", "", "b"]`, a line without tabs nothing.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes.
    static func cellsAfterFirstTab(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        let cells = utf8.withContiguousStorageIfAvailable { bytes in
            // Byte offsets become indices in O(1) in native UTF-8.
            func piece(from start: Int, to end: Int) -> Substring {
                text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            }
            var pieces: [Substring] = []
            var start = -1
            for offset in bytes.indices where bytes[offset] == 0x09 {
                if start >= 0 { pieces.append(piece(from: start, to: offset)) }
                start = offset + 1
            }
            if start >= 0 { pieces.append(piece(from: start, to: bytes.count)) }
            return pieces
        }
        return cells ?? cellsAfterFirstTab(Substring(String(text)))
    }

    // MARK: - (d) pipe rows

    /// Layout (d): one row per line, cells separated by `|`; a leading empty cell (a line that
    /// starts with `|`) and trailing empty cells are dropped, and short rows are padded.
    func pipeTable(_ lines: ArraySlice<Line>) -> [Table] {
        var rows: [[TableCell]] = []
        for line in lines where !Self.isRuleRow(line.text) {
            var pieces = line.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                .map { TextNormalizer.normalize($0) }
            if let first = pieces.first, first.isEmpty { pieces.removeFirst() }
            while let last = pieces.last, last.isEmpty { pieces.removeLast() }
            rows.append(pieces.map { TableCell(text: $0, line: line.number) })
        }
        guard let first = lines.first else { return [] }
        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { row in
            row + Array(repeating: TableCell(text: "", line: row.first?.line ?? first.number), count: width - row.count)
        }
        return [Table(rows: Self.droppingIndexColumns(padded), line: first.number)]
    }

    // MARK: - (b) one cell per line ending in " |"

    /// Layout (b): cells run together; the row width is inferred from the cells.
    mutating func pipeCellTable(_ lines: ArraySlice<Line>) -> [Table] {
        let cells = lines.map { line -> TableCell in
            var text = line.text
            while let last = text.last, last == " " || last == "|" || last == "｜" || last == "\r" { text.removeLast() }
            return cell(text, line: line.number)
        }
        guard let first = lines.first else { return [] }
        return [inferredTable(cells, line: first.number, layout: "one-cell-per-line")]
    }

    // MARK: - (c) stacked values

    /// Layout (c): a header, then one value per line; nil (the lines stay paragraphs) unless a
    /// row width fits well.
    mutating func stackedTable(_ lines: [Line], _ range: Range<Int>) -> Table? {
        var cells: [TableCell] = []
        cells.reserveCapacity(range.count)
        for position in range where !lines[position].shape.isBlank {
            cells.append(TableCell(text: normalizedLine(lines, at: position), line: lines[position].number))
        }
        guard let fit = RowWidth.infer(cells.map(\.text)), fit.score >= 0.85 else { return nil }
        return makeTable(cells, width: fit.width, line: cells[0].line, ambiguous: fit.isAmbiguous, layout: "stacked")
    }

    // MARK: - Helpers

    mutating func inferredTable(_ cells: [TableCell], line: Int, layout: String) -> Table {
        guard let fit = RowWidth.infer(cells.map(\.text)) else {
            diagnostics.append(Diagnostic(severity: .note, file: file, line: line,
                message: "\(layout) table: row width could not be inferred; kept as one row"))
            return Table(rows: [cells], line: line)
        }
        return makeTable(cells, width: fit.width, line: line, ambiguous: fit.isAmbiguous, layout: layout)
    }

    mutating func makeTable(_ cells: [TableCell], width: Int, line: Int, ambiguous: Bool, layout: String) -> Table {
        if ambiguous {
            diagnostics.append(Diagnostic(severity: .note, file: file, line: line,
                message: "\(layout) table: column count is ambiguous; read as \(width) columns"))
        }
        var rows: [[TableCell]] = []
        var start = 0
        while start < cells.count {
            rows.append(Array(cells[start..<min(start + width, cells.count)]))
            start += width
        }
        return Table(rows: Self.droppingIndexColumns(rows), line: line)
    }

    mutating func noteRaggedRows(_ rows: [[TableCell]], line: Int) {
        guard var low = rows.first?.count else { return }
        var high = low
        for row in rows {
            low = min(low, row.count)
            high = max(high, row.count)
        }
        guard low != high else { return }
        diagnostics.append(Diagnostic(severity: .note, file: file, line: line,
            message: "table rows have \(low) to \(high) cells; merged cells are not marked in this text"))
    }

    /// Drops 行次/栏次 index columns (named so in the first two rows) and 栏次 rows (a row
    /// numbering the columns: 栏次 | 1 | 2 | 3).
    ///
    /// - Complexity: O(n) in the cells; `rows` is returned as it is when nothing is dropped.
    static func droppingIndexColumns(_ rows: [[TableCell]]) -> [[TableCell]] {
        func isIndexRow(_ row: [TableCell]) -> Bool {
            guard let first = row.first(where: { !$0.text.isEmpty }) else { return false }
            return isTwoIdeographWord(first.text) && first.text == "栏次"
        }
        var indexColumns = Set<Int>()
        for row in rows.prefix(3) where !isIndexRow(row) {
            for (column, cell) in row.enumerated() where isIndexLabel(cell.text) { indexColumns.insert(column) }
        }
        if indexColumns.isEmpty && !rows.contains(where: { $0.isEmpty || isIndexRow($0) }) { return rows }
        var result = rows.filter { !isIndexRow($0) }
        if !indexColumns.isEmpty {
            result = result.map { row in row.enumerated().filter { !indexColumns.contains($0.offset) }.map(\.element) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// 行次, 栏次 or 行号, compared as strings (a compatibility ideograph equals its unified form).
    static func isIndexLabel(_ text: String) -> Bool {
        isTwoIdeographWord(text) && (text == "行次" || text == "栏次" || text == "行号")
    }

    /// Whether `text` is long enough to equal (as a string) a word of two CJK ideographs
    /// without decompositions, such as 栏次: only two scalars of three bytes (the ideograph)
    /// or four (a compatibility ideograph decomposing to it) can, 6 to 8 UTF-8 bytes.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func isTwoIdeographWord(_ text: String) -> Bool {
        text.utf8.count >= 6 && text.utf8.count <= 8
    }
}
