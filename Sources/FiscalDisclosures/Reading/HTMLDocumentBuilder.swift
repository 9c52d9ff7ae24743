/// Builds paragraphs and tables from HTML tokens without a DOM and without recursion.
///
/// Block elements (p, div, h1–h6, li, section, …) end the paragraph in progress; `<br>` ends
/// a line. `<table>` rows and cells become a ``Table`` with `colspan`/`rowspan` expanded
/// (copies marked `isContinuation`; spans capped at 64 columns and 1,000 rows). A table inside
/// a cell becomes its own table after the outer one. Nesting deeper than the limit is not
/// tracked further (one warning), but its text is still read.
struct HTMLDocumentBuilder {
    var file: String
    var maximumDepth: Int
    var blocks: [Block] = []
    var sourceLines: [String] = []
    var diagnostics: [Diagnostic] = []

    private struct PendingSpan {
        var remaining: Int
        var cell: TableCell
    }

    private struct TableState {
        var rows: [[TableCell]] = []
        var row: [TableCell]?
        /// The UTF-8 text of the cell in progress.
        var cellText: [UInt8]?
        var cellColumns = 1
        var cellRows = 1
        /// Column → a cell spanning down into later rows.
        var spans: [Int: PendingSpan] = [:]
        var firstLine: Int?
    }

    private var tables: [TableState] = []
    private var pendingNested: [Table] = []
    /// The UTF-8 text of the paragraph in progress.
    private var paragraph: [UInt8] = []
    /// Entity-decoded text of one token, before it is known where it goes.
    private var decoded: [UInt8] = []
    private var depth = 0
    private var warnedDepth = false
    private var recentTexts: [String] = []
    /// Cells emitted so far; past ``cellLimit`` spans are no longer expanded (a small page with
    /// large rowspans could otherwise ask for billions of copies).
    private var cellCount = 0
    private var warnedCells = false
    var cellLimit = 1_000_000

    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header",
        "footer", "nav", "aside", "main", "blockquote", "pre", "dd", "dt", "dl", "title", "form", "hr",
        "address", "figure", "figcaption", "center", "caption", "body", "html", "head", "fieldset",
    ]
    static let voidElements: Set<String> = [
        "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr",
    ]

    /// What a tag does to the paragraphs and tables being built.
    private enum Kind {
        case table, row, cell, lineBreak, block, other
    }

    /// A tag's kind, and whether it is void (has no content and no end tag).
    private struct Role {
        var kind: Kind
        var isVoid: Bool
    }

    /// Roles by tag name, looked up once per tag; names not listed are `.other`, not void.
    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in blockElements { roles[name] = Role(kind: .block, isVoid: false) }
        for name in voidElements { roles[name, default: Role(kind: .other, isVoid: true)].isVoid = true }
        roles["table"] = Role(kind: .table, isVoid: false)
        roles["tr"] = Role(kind: .row, isVoid: false)
        roles["td"] = Role(kind: .cell, isVoid: false)
        roles["th"] = Role(kind: .cell, isVoid: false)
        roles["br"] = Role(kind: .lineBreak, isVoid: true)
        return roles
    }()

    init(file: String, maximumDepth: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
    }

    /// Reads all of `markup`.
    ///
    /// - Complexity: O(n) in the length of the markup.
    mutating func build(_ markup: String) {
        var tokenizer = HTMLTokenizer(markup)
        while let token = tokenizer.next() {
            switch token {
            case .text(let range, _):
                appendText(tokenizer.text(range))
            case .start(let name, let attributesStart, let selfClosing):
                let role = Self.roles[name] ?? Role(kind: .other, isVoid: false)
                start(role.kind) { tokenizer.attributes(at: attributesStart) }
                if !selfClosing && !role.isVoid { push() }
            case .end(let name):
                let role = Self.roles[name] ?? Role(kind: .other, isVoid: false)
                end(role.kind)
                if !role.isVoid { depth = max(0, depth - 1) }
            }
        }
        flushParagraph()
        while !tables.isEmpty { closeTable() }
    }

    private mutating func push() {
        depth += 1
        if depth > maximumDepth && !warnedDepth {
            warnedDepth = true
            diagnostics.append(Diagnostic(severity: .warning, file: file,
                message: "elements are nested more than \(maximumDepth) levels deep; the deeper structure is ignored, its text kept"))
        }
    }

    /// A start tag of `kind`; `attributes` parses the tag's attributes, called only for cells.
    private mutating func start(_ kind: Kind, attributes: () -> HTMLTokenizer.Attributes) {
        switch kind {
        case .table:
            if tables.isEmpty { flushParagraph() }
            if tables.count < 32 { tables.append(TableState()) }
        case .row:
            guard !tables.isEmpty else { flushParagraph(); return }
            closeRow()
            tables[tables.count - 1].row = []
        case .cell:
            guard !tables.isEmpty else { flushParagraph(); return }
            closeCell()
            if tables[tables.count - 1].row == nil { tables[tables.count - 1].row = [] }
            tables[tables.count - 1].cellText = []
            let attributes = attributes()
            tables[tables.count - 1].cellColumns = span(attributes["colspan"], limit: 64)
            tables[tables.count - 1].cellRows = span(attributes["rowspan"], limit: 1000)
        case .lineBreak, .block:
            if isInCell { appendSpace() } else { flushParagraph() }
        case .other:
            break
        }
    }

    private mutating func end(_ kind: Kind) {
        switch kind {
        case .table:
            guard !tables.isEmpty else { return }
            closeTable()
        case .row:
            if !tables.isEmpty { closeRow() }
        case .cell:
            if !tables.isEmpty { closeCell() }
        case .block:
            if isInCell { appendSpace() } else { flushParagraph() }
        case .lineBreak, .other:
            break
        }
    }

    private var isInCell: Bool { !tables.isEmpty && tables[tables.count - 1].cellText != nil }

    private func span(_ value: String?, limit: Int) -> Int {
        guard let value, let number = Int(value.trimmingASCIIWhitespace()) else { return 1 }
        return min(max(number, 1), limit)
    }

    /// Appends the UTF-8 `text` of a token, entity-decoded, to the cell or paragraph in progress.
    private mutating func appendText(_ text: ArraySlice<UInt8>) {
        if !tables.isEmpty {
            if tables[tables.count - 1].cellText != nil {
                HTMLEntities.decode(text, appendingTo: &tables[tables.count - 1].cellText!)
                return
            }
            // Text between cells (whitespace, stray words) is kept as a paragraph only if not blank.
            decoded.removeAll(keepingCapacity: true)
            HTMLEntities.decode(text, appendingTo: &decoded)
            if !MarkupByte.isAllWhitespace(decoded[...]) { paragraph += decoded }
            return
        }
        HTMLEntities.decode(text, appendingTo: &paragraph)
    }

    /// Appends a space to the cell in progress.
    private mutating func appendSpace() {
        tables[tables.count - 1].cellText!.append(MarkupByte.space)
    }

    private mutating func flushParagraph() {
        let raw = collapseWhitespace(paragraph)
        paragraph.removeAll(keepingCapacity: true)
        guard !raw.isEmpty else { return }
        sourceLines.append(raw)
        let text = TextNormalizer.normalize(raw)
        guard !text.isEmpty else { return }
        blocks.append(.paragraph(TextLine(text: text, line: sourceLines.count)))
        recentTexts.append(text)
        if recentTexts.count > 3 { recentTexts.removeFirst() }
    }

    /// The UTF-8 `text` as a string with runs of spaces, tabs and line breaks made one space
    /// and none at either end.
    private func collapseWhitespace(_ text: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: text.count) { (output: UnsafeMutableBufferPointer<UInt8>) -> Int in
            var count = 0
            var pendingSpace = false
            for byte in text {
                if byte == MarkupByte.space || byte == MarkupByte.lineFeed || byte == MarkupByte.tab
                    || byte == MarkupByte.carriageReturn
                {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    output[count] = MarkupByte.space
                    count += 1
                }
                pendingSpace = false
                output[count] = byte
                count += 1
            }
            return count
        }
    }

    // MARK: - Tables

    private mutating func closeCell() {
        let last = tables.count - 1
        guard let raw = tables[last].cellText else { return }
        tables[last].cellText = nil
        if tables[last].row == nil { tables[last].row = [] }
        fillSpans()
        let text = collapseWhitespace(raw)
        sourceLines.append(text)
        let cell = TableCell(text: TextNormalizer.normalize(text), line: sourceLines.count)
        if tables[last].firstLine == nil { tables[last].firstLine = cell.line }
        let column = tables[last].row!.count
        let columns = tables[last].cellColumns
        let rows = tables[last].cellRows
        // Copies for later rows are counted when the span is registered.
        let expands = cellCount + columns * rows <= cellLimit
        if !expands && !warnedCells {
            warnedCells = true
            diagnostics.append(Diagnostic(severity: .warning, file: file, line: cell.line,
                message: "more than \(cellLimit) table cells; further colspan/rowspan are not expanded"))
        }
        for offset in 0..<(expands ? columns : 1) {
            var placed = cell
            placed.isContinuation = offset > 0
            tables[last].row!.append(placed)
            cellCount += rows > 1 && expands ? rows : 1
            if rows > 1 && expands {
                var copy = cell
                copy.isContinuation = true
                tables[last].spans[column + offset] = PendingSpan(remaining: rows - 1, cell: copy)
            }
        }
    }

    /// Inserts copies of cells spanning down from earlier rows at the current position, until
    /// a column no earlier cell covers.
    private mutating func fillSpans() {
        let last = tables.count - 1
        while let column = tables[last].row?.count, var pending = tables[last].spans[column] {
            tables[last].row!.append(pending.cell)
            pending.remaining -= 1
            tables[last].spans[column] = pending.remaining > 0 ? pending : nil
        }
    }

    private mutating func closeRow() {
        closeCell()
        let last = tables.count - 1
        guard tables[last].row != nil else { return }
        // Spans continuing past the last cell of this row.
        fillSpans()
        let row = tables[last].row!
        tables[last].row = nil
        if !row.isEmpty { tables[last].rows.append(row) }
    }

    private mutating func closeTable() {
        closeRow()
        guard let finished = tables.popLast() else { return }
        var table = Table(rows: finished.rows, line: finished.firstLine ?? max(1, sourceLines.count))
        guard table.rows.contains(where: { $0.contains { !$0.text.isEmpty } }) else { return }
        table.unitText = TableUnit.unit(of: table, above: recentTexts)
        if tables.isEmpty {
            blocks.append(.table(table))
            for nested in pendingNested { blocks.append(.table(nested)) }
            pendingNested = []
        } else {
            pendingNested.append(table)
        }
    }
}
