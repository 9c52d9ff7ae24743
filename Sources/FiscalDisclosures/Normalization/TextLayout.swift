/// Turns the lines of a plain-text disclosure into paragraphs and tables.
///
/// Tables converted to text come in a few shapes (VOCABULARY §6), recognised here:
/// - (a) one cell per line led by a tab, rows separated by blank lines (or a line of tabs);
/// - (b) one cell per line ending in ` |`, rows run together: the row width is inferred;
/// - (c) header leaves, then one value per line with blank lines between: the row width is
///   inferred, and 行次/栏次 index columns are dropped;
/// - (d) pipe rows (`编制数 | 34 | 34 | ||||`), trailing empty cells dropped.
/// Lines that are not part of a table become paragraphs; no text is lost. Where a table's
/// shape is doubtful, the best reading is emitted with a `note` diagnostic.
package struct TextLayout {
    /// One source line: its 1-based number and raw (decoded, not normalized) text.
    package struct Line: Sendable {
        package var number: Int
        package var text: Substring
        package init(number: Int, text: Substring) {
            self.number = number
            self.text = text
        }
    }

    package var file: String
    package var diagnostics: [Diagnostic] = []

    package init(file: String) {
        self.file = file
    }

    /// Lays out `lines` into blocks.
    ///
    /// - Complexity: O(n) in the total length of the lines (row-width inference tries at most
    ///   a bounded number of widths per table).
    package mutating func blocks(_ lines: [Line]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if Self.isTabLed(line.text) {
                let end = regionEnd(lines, from: index, where: { Self.isTabLed($0) })
                appendTables(tabLedTables(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if Self.pipeCount(line.text).count == 0 {
                if let end = StackedTable.candidateEnd(lines, from: index) {
                    if let table = stackedTable(lines[index..<end]) {
                        appendTables([table], to: &blocks, before: lines[..<index])
                    } else {
                        // Not a table after all: the whole run stays prose (and is not rescanned).
                        for line in lines[index..<end] { appendParagraph(line, to: &blocks) }
                    }
                    index = end
                } else {
                    appendParagraph(line, to: &blocks)
                    index += 1
                }
            } else if Self.isPipeRow(line.text) {
                let end = runEnd(lines, from: index, where: { Self.isPipeRow($0) || Self.isRuleRow($0) })
                appendTables(pipeTable(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if Self.isPipeCell(line.text) {
                let end = runEnd(lines, from: index, where: { Self.isPipeCell($0) })
                appendTables(pipeCellTable(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if let end = StackedTable.candidateEnd(lines, from: index) {
                if let table = stackedTable(lines[index..<end]) {
                    appendTables([table], to: &blocks, before: lines[..<index])
                } else {
                    // Not a table after all: the whole run stays prose (and is not rescanned).
                    for line in lines[index..<end] { appendParagraph(line, to: &blocks) }
                }
                index = end
            } else {
                let text = TextNormalizer.normalize(line.text)
                if !text.isEmpty { blocks.append(.paragraph(TextLine(text: text, line: line.number))) }
                index += 1
            }
        }
        return blocks
    }

    func appendParagraph(_ line: Line, to blocks: inout [Block]) {
        let text = TextNormalizer.normalize(line.text)
        if !text.isEmpty { blocks.append(.paragraph(TextLine(text: text, line: line.number))) }
    }

    // MARK: - Line classes

    /// A line whose first non-space character is a tab (layout a).
    static func isTabLed(_ text: Substring) -> Bool {
        for byte in text.utf8 {
            if byte == 0x09 { return true }
            if byte != 0x20 { return false }
        }
        return false
    }

    /// Only spaces, tabs, carriage returns, ideographic or no-break spaces and zero-width
    /// characters (what normalization turns into nothing).
    static func isBlank(_ text: Substring) -> Bool {
        // The usual line starts with printable ASCII or an ideograph (lead bytes E4–E9).
        if let first = text.utf8.first, (first > 0x20 && first < 0x7F) || (first >= 0xE4 && first <= 0xE9) {
            return false
        }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0xAD, 0x2000...0x200D, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
                true
            default:
                scalar.value < 0x20 || scalar.value == 0x7F
            }
        }
    }

    /// The number of cell separators (ASCII `|` and full-width `｜`, EF BD 9C in UTF-8) and
    /// whether the last character other than a space, tab or carriage return is one.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes.
    static func pipeCount(_ text: Substring) -> (count: Int, endsWithPipe: Bool) {
        text.utf8.withContiguousStorageIfAvailable(pipeCount(utf8:))
            ?? Array(text.utf8).withUnsafeBufferPointer(pipeCount(utf8:))
    }

    /// ``pipeCount(_:)`` over valid UTF-8.
    ///
    /// Eight-byte words holding neither `|` (7C) nor the last byte of `｜` (9C) are skipped
    /// whole; the last character is found by looking back from the end.
    static func pipeCount(utf8: UnsafeBufferPointer<UInt8>) -> (count: Int, endsWithPipe: Bool) {
        var count = 0
        var index = 0
        let end = utf8.count
        while index < end {
            if index + 8 <= end {
                let word = ByteWord.load(utf8, at: index)
                if !ByteWord.contains(0x7C, in: word) && !ByteWord.contains(0x9C, in: word) {
                    index += 8
                    continue
                }
            }
            for position in index..<min(index + 8, end) where isPipe(utf8, endingAt: position) { count += 1 }
            index += 8
        }
        guard count > 0 else { return (0, false) }
        var last = end - 1
        while last >= 0 && (utf8[last] == 0x20 || utf8[last] == 0x09 || utf8[last] == 0x0D) { last -= 1 }
        return (count, last >= 0 && isPipe(utf8, endingAt: last))
    }

    /// Whether the character ending at byte `position` of valid UTF-8 is `|` or `｜`.
    @inline(__always)
    static func isPipe(_ utf8: UnsafeBufferPointer<UInt8>, endingAt position: Int) -> Bool {
        let byte = utf8[position]
        return byte == 0x7C || (byte == 0x9C && position >= 2 && utf8[position - 1] == 0xBD && utf8[position - 2] == 0xEF)
    }

    /// A row of cells separated by pipes (layout d): at least one pipe with text after it, or
    /// two or more pipes.
    static func isPipeRow(_ text: Substring) -> Bool {
        let (count, endsWithPipe) = pipeCount(text)
        if count == 0 { return false }
        if isRuleRow(text) { return false }
        return count >= 2 || !endsWithPipe
    }

    /// A Markdown rule row such as `|---|:--:|`.
    static func isRuleRow(_ text: Substring) -> Bool {
        var hasDash = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "-": hasDash = true
            case "|", "｜", ":", " ", "\t": continue
            default: return false
            }
        }
        return hasDash
    }

    /// One cell on its own line ending in ` |` (layout b).
    static func isPipeCell(_ text: Substring) -> Bool {
        let (count, endsWithPipe) = pipeCount(text)
        return count == 1 && endsWithPipe
    }

    // MARK: - Regions

    /// The end of a region of lines matching `isMember`, allowing blank lines inside it but
    /// not at its end.
    func regionEnd(_ lines: [Line], from start: Int, where isMember: (Substring) -> Bool) -> Int {
        var end = start
        var position = start
        while position < lines.count {
            let text = lines[position].text
            if isMember(text) {
                position += 1
                end = position
            } else if Self.isBlank(text) {
                position += 1
            } else {
                break
            }
        }
        return end
    }

    func runEnd(_ lines: [Line], from start: Int, where isMember: (Substring) -> Bool) -> Int {
        var end = start
        while end < lines.count && isMember(lines[end].text) { end += 1 }
        return end
    }

    /// Adds tables (dropping those without any text) and finds their unit.
    mutating func appendTables(_ tables: [Table], to blocks: inout [Block], before: ArraySlice<Line>) {
        for var table in tables {
            guard table.rows.contains(where: { $0.contains { !$0.text.isEmpty } }) else { continue }
            if table.unitText == nil {
                table.unitText = unitNear(table, before: before)
            }
            blocks.append(.table(table))
        }
    }

    /// The unit from the table's first two rows, else from the three non-blank lines above it
    /// (looking back at most 20 lines).
    func unitNear(_ table: Table, before: ArraySlice<Line>) -> String? {
        var above: [String] = []
        for line in before.suffix(20).reversed() where !Self.isBlank(line.text) {
            above.insert(TextNormalizer.normalize(line.text), at: 0)
            if above.count == 3 { break }
        }
        return TableUnit.unit(of: table, above: above)
    }

    func cell(_ text: some StringProtocol, line: Int) -> TableCell {
        TableCell(text: TextNormalizer.normalize(text), line: line)
    }
}
