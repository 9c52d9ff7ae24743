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
        /// The raw text; ``replaceText(_:)`` changes it.
        package private(set) var text: Substring
        /// The classes of ``text`` that layout and PDF repair ask about.
        package private(set) var shape: Shape

        package init(number: Int, text: Substring) {
            self.number = number
            self.text = text
            shape = Shape(text)
        }

        /// Replaces the text, and its ``shape`` with the new text's.
        package mutating func replaceText(_ newText: Substring) {
            text = newText
            shape = Shape(newText)
        }
    }

    /// What layout and PDF repair ask of every line, found once when the line is made.
    package struct Shape: Sendable {
        /// ``TextLayout/isBlank(_:)``.
        package var isBlank: Bool
        /// ``TextLayout/isTabLed(_:)``.
        package var isTabLed: Bool
        /// The number of cell separators, ``TextLayout/pipeCount(_:)``.
        package var pipeCount: Int
        /// Whether the last character other than a space, tab or carriage return is a pipe.
        package var endsWithPipe: Bool
        /// The number of UTF-8 bytes.
        package var byteCount: Int
        /// The last UTF-8 byte, nil for an empty line.
        package var lastByte: UInt8?

        /// Finds the shape of `text`.
        ///
        /// - Complexity: O(n) over the UTF-8 bytes (one pass counting pipes; the blank and
        ///   tab tests stop at the first character that decides them).
        package init(_ text: Substring) {
            let facts = text.utf8.withContiguousStorageIfAvailable { utf8 in
                (Self.isBlank(utf8, text), Self.isTabLed(utf8), TextLayout.pipeCount(utf8: utf8), utf8.count, utf8.last)
            }
            if let facts {
                (isBlank, isTabLed, (pipeCount, endsWithPipe), byteCount, lastByte) = facts
            } else {
                isBlank = TextLayout.isBlank(text)
                isTabLed = TextLayout.isTabLed(text)
                (pipeCount, endsWithPipe) = TextLayout.pipeCount(text)
                byteCount = text.utf8.count
                lastByte = text.utf8.last
            }
        }

        /// ``TextLayout/isBlank(_:)``, deciding the usual line by its first byte.
        static func isBlank(_ utf8: UnsafeBufferPointer<UInt8>, _ text: Substring) -> Bool {
            if let first = utf8.first, (first > 0x20 && first < 0x7F) || (first >= 0xE4 && first <= 0xE9) {
                return false
            }
            return TextLayout.isBlank(text)
        }

        /// ``TextLayout/isTabLed(_:)`` over the line's bytes.
        static func isTabLed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            for byte in utf8 {
                if byte == 0x09 { return true }
                if byte != 0x20 { return false }
            }
            return false
        }

        /// A tab-led or pipe line: part of a table, never joined to its neighbours.
        package var isStructural: Bool { isTabLed || pipeCount > 0 }
    }

    package var file: String
    package var diagnostics: [Diagnostic] = []
    /// The normalized text of the lines given to ``blocks(_:)``, by position, once found.
    var normalizedLines: [String?] = []

    package init(file: String) {
        self.file = file
    }

    /// Lays out `lines` into blocks.
    ///
    /// - Complexity: O(n) in the total length of the lines (row-width inference tries at most
    ///   a bounded number of widths per table).
    ///   Each line is normalized at most once as a whole (for a paragraph, a stacked-table
    ///   cell or the unit search above a table).
    package mutating func blocks(_ lines: [Line]) -> [Block] {
        normalizedLines = Array(repeating: nil, count: lines.count)
        defer { normalizedLines = [] }
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let shape = lines[index].shape
            if shape.isTabLed {
                let end = regionEnd(lines, from: index, where: { $0.isTabLed })
                appendTables(tabLedTables(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if shape.pipeCount > 0 && Self.isPipeRow(lines[index]) {
                let end = runEnd(lines, from: index, where: { Self.isPipeRow($0) || Self.isRuleRow($0.text) })
                appendTables(pipeTable(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if shape.pipeCount == 1 && shape.endsWithPipe {
                let end = runEnd(lines, from: index, where: { $0.shape.pipeCount == 1 && $0.shape.endsWithPipe })
                appendTables(pipeCellTable(lines[index..<end]), to: &blocks, before: lines[..<index])
                index = end
            } else if let end = stackedCandidateEnd(lines, from: index) {
                if let table = stackedTable(lines, index..<end) {
                    appendTables([table], to: &blocks, before: lines[..<index])
                } else {
                    // Not a table after all: the whole run stays prose (and is not rescanned).
                    for position in index..<end { appendParagraph(lines, at: position, to: &blocks) }
                }
                index = end
            } else {
                appendParagraph(lines, at: index, to: &blocks)
                index += 1
            }
        }
        return blocks
    }

    /// Adds the line at `position` as a paragraph unless it normalizes to nothing.
    mutating func appendParagraph(_ lines: [Line], at position: Int, to blocks: inout [Block]) {
        let text = normalizedLine(lines, at: position)
        if !text.isEmpty { blocks.append(.paragraph(TextLine(text: text, line: lines[position].number))) }
    }

    /// The normalized text of the line at `position` of the lines being laid out, normalized
    /// on first use.
    mutating func normalizedLine(_ lines: ArraySlice<Line>, at position: Int) -> String {
        if let text = normalizedLines[position] { return text }
        let text = TextNormalizer.normalize(lines[position].text)
        normalizedLines[position] = text
        return text
    }

    /// ``normalizedLine(_:at:)`` for the whole array.
    mutating func normalizedLine(_ lines: [Line], at position: Int) -> String {
        normalizedLine(lines[...], at: position)
    }

    /// ``StackedTable/candidateEnd(_:from:normalized:)`` with the lines normalized once.
    mutating func stackedCandidateEnd(_ lines: [Line], from start: Int) -> Int? {
        StackedTable.candidateEnd(lines, from: start, normalized: { normalizedLine(lines, at: $0) })
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
    /// Eight bytes at a time: `|` (7C) is counted by its byte mask, `｜` (EF BD 9C) by the
    /// masks of its three bytes shifted into line; a 9C in the first two bytes of a word is
    /// checked against the bytes before it. The last character is found by looking back from
    /// the end.
    static func pipeCount(utf8: UnsafeBufferPointer<UInt8>) -> (count: Int, endsWithPipe: Bool) {
        var count = 0
        var index = 0
        let end = utf8.count
        while index + 8 <= end {
            let word = ByteWord.load(utf8, at: index)
            // Most words hold neither byte: a cheaper test (true if either is there) first.
            if ByteWord.contains(0x7C, in: word) || ByteWord.contains(0x9C, in: word) {
                let bars = ByteWord.matches(0x7C, in: word)
                let lastBytes = ByteWord.matches(0x9C, in: word)
                count += bars.nonzeroBitCount
                if lastBytes != 0 {
                    let whole = lastBytes & (ByteWord.matches(0xBD, in: word) << 8) & (ByteWord.matches(0xEF, in: word) << 16)
                    count += whole.nonzeroBitCount
                    if lastBytes & 0x80 != 0 && isPipe(utf8, endingAt: index) { count += 1 }
                    if lastBytes & 0x8000 != 0 && isPipe(utf8, endingAt: index + 1) { count += 1 }
                }
            }
            index += 8
        }
        while index < end {
            if isPipe(utf8, endingAt: index) { count += 1 }
            index += 1
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
    static func isPipeRow(_ line: Line) -> Bool {
        let shape = line.shape
        if shape.pipeCount == 0 { return false }
        if isRuleRow(line.text) { return false }
        return shape.pipeCount >= 2 || !shape.endsWithPipe
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


    // MARK: - Regions

    /// The end of a region of lines matching `isMember`, allowing blank lines inside it but
    /// not at its end.
    func regionEnd(_ lines: [Line], from start: Int, where isMember: (Shape) -> Bool) -> Int {
        var end = start
        var position = start
        while position < lines.count {
            let shape = lines[position].shape
            if isMember(shape) {
                position += 1
                end = position
            } else if shape.isBlank {
                position += 1
            } else {
                break
            }
        }
        return end
    }

    /// The end of a run of lines matching `isMember`, without gaps.
    func runEnd(_ lines: [Line], from start: Int, where isMember: (Line) -> Bool) -> Int {
        var end = start
        while end < lines.count && isMember(lines[end]) { end += 1 }
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
    mutating func unitNear(_ table: Table, before: ArraySlice<Line>) -> String? {
        var above: [String] = []
        for position in before.indices.suffix(20).reversed() where !before[position].shape.isBlank {
            above.insert(normalizedLine(before, at: position), at: 0)
            if above.count == 3 { break }
        }
        return TableUnit.unit(of: table, above: above)
    }

    func cell(_ text: some StringProtocol, line: Int) -> TableCell {
        TableCell(text: TextNormalizer.normalize(text), line: line)
    }
}
