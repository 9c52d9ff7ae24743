import Foundation

/// Turns WordprocessingML (`word/document.xml`) into paragraphs and tables.
///
/// Paragraphs (`w:p`) keep document order; runs contribute `w:t` text, `w:tab` a space and
/// `w:br`/`w:cr` a line break (the paragraph continues as a new line). Tables (`w:tbl`,
/// `w:tr`, `w:tc`) become ``Table``s with merged cells expanded: `w:gridSpan` repeats a cell
/// across columns and `w:vMerge` (continue) repeats the cell above, both with `isContinuation`.
/// A nested table becomes its own table after the one containing it. Paragraphs in text boxes
/// (`w:txbxContent`) are read once (the `mc:Fallback` copy is skipped). Deleted text and field
/// codes are ignored. Entity declarations are refused; no entity beyond the five predefined
/// ones and numeric references is ever expanded, and nothing is fetched.
///
/// The XML is read with the package's own tolerant tokenizer (``HTMLTokenizer`` without
/// raw-text elements), not FoundationXML: on Linux, `XMLParser` traps or dereferences null on
/// some malformed input (found by `fiscal-fuzz`), which no disclosure reader can afford.
struct DocxDocumentParser {
    var file: String
    var maximumDepth: Int
    var blocks: [Block] = []
    var sourceLines: [String] = []
    var diagnostics: [Diagnostic] = []

    init(file: String, maximumDepth: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
    }

    mutating func parse(_ xml: Data) throws(DocumentReadError) {
        try MarkupSafety.refuseEntityDeclarations(xml, file: file)
        let bytes = [UInt8](xml)
        let scan = UTF8Scan(bytes)
        if let offset = scan.invalidOffsets.first {
            throw DocumentReadError(file: file, reason: .corruptContent("word/document.xml is not valid UTF-8 at byte \(offset)"))
        }
        var delegate = DocxParserDelegate(maximumDepth: maximumDepth)
        var tokenizer = HTMLTokenizer(validUTF8: bytes, rawTextElements: [])
        var line = 1
        tokens: while let token = tokenizer.next() {
            switch token {
            case .text(let range, let at):
                line = at
                delegate.text(tokenizer.text(range))
            case .start(let name, let attributesStart, let selfClosing):
                let accepted = delegate.start(name, selfClosing: selfClosing) { tokenizer.attributes(at: attributesStart) }
                if !accepted { break tokens }
            case .end(let name):
                delegate.end(name)
            }
        }
        if let failure = delegate.failure {
            throw DocumentReadError(file: file, reason: failure)
        }
        if delegate.depth > 0 {
            delegate.finish()
            if delegate.items.isEmpty {
                throw DocumentReadError(file: file, reason: .corruptContent(
                    "word/document.xml ends before its elements are closed (near its line \(line))"))
            }
            diagnostics.append(Diagnostic(severity: .warning, file: file,
                message: "word/document.xml ends before its elements are closed (near its line \(line)); the text before it was read"))
        }
        assemble(delegate.items)
    }

    /// Numbers source lines and normalizes text, in document order.
    mutating func assemble(_ items: [DocxParserDelegate.Item]) {
        var above: [String] = []
        for item in items {
            switch item {
            case .paragraph(let lines):
                for raw in lines {
                    sourceLines.append(raw)
                    let text = TextNormalizer.normalize(raw)
                    if !text.isEmpty {
                        blocks.append(.paragraph(TextLine(text: text, line: sourceLines.count)))
                        above.append(text)
                    }
                }
            case .table(let rawRows):
                guard let table = makeTable(rawRows, above: above) else { continue }
                blocks.append(.table(table))
            }
        }
    }

    mutating func makeTable(_ rawRows: [[DocxParserDelegate.RawCell]], above: [String]) -> Table? {
        var rows: [[TableCell]] = []
        var firstLine: Int?
        for rawRow in rawRows {
            var row: [TableCell] = []
            for raw in rawRow {
                let cell: TableCell
                if raw.continuesAbove, let previous = rows.last, row.count < previous.count {
                    cell = TableCell(text: previous[row.count].text, line: previous[row.count].line, isContinuation: true)
                } else {
                    sourceLines.append(raw.text)
                    cell = TableCell(text: TextNormalizer.normalize(raw.text), line: sourceLines.count)
                    if firstLine == nil { firstLine = sourceLines.count }
                }
                row.append(cell)
                for _ in 1..<max(1, raw.span) {
                    row.append(TableCell(text: cell.text, line: cell.line, isContinuation: true))
                }
            }
            rows.append(row)
        }
        guard let line = firstLine ?? rows.first?.first?.line else { return nil }
        var table = Table(rows: rows, line: line)
        table.unitText = TableUnit.unit(of: table, above: above)
        return table
    }
}

/// Refusals that apply to all markup read.
enum MarkupSafety {
    /// Throws `.entityDeclaration` when the markup declares entities (`<!ENTITY`), which could
    /// expand exponentially (billion laughs) or name external resources.
    static func refuseEntityDeclarations(_ data: Data, file: String) throws(DocumentReadError) {
        let pattern = Array("<!ENTITY".utf8)
        let found: Bool = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= pattern.count else { return false }
            // Looks for the `!` (rare in XML, unlike `<`), then at the bytes around it.
            var bang = 1
            while bang + pattern.count - 1 <= bytes.count {
                if bytes[bang] == 0x21 && bytes[bang - 1] == 0x3C {
                    var matches = true
                    for offset in 2..<pattern.count where bytes[bang - 1 + offset] & 0xDF != pattern[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                bang += 1
            }
            return false
        }
        if found { throw DocumentReadError(file: file, reason: .entityDeclaration) }
    }
}
