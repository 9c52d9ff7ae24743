/// The readable content of one disclosure after decoding and normalization: paragraphs and
/// tables in document order, each piece tied back to the line of the source it came from.
///
/// Readers (.txt, .docx, .html) produce it; the extractor consumes it. Text in a
/// `DocumentText` is already normalized (ASCII digits and punctuation, Simplified characters,
/// no inserted pinyin); `sourceLines` keeps the original lines for evidence.
public struct DocumentText: Sendable, Hashable {
    /// The path of the file as given by the caller.
    public var source: String
    /// The encoding that was detected or given, e.g. `"utf-8"`, `"gb18030"`, `"utf-16le"`;
    /// for .docx and .html the encoding of the decoded markup.
    public var encoding: String
    /// The file's format.
    public var format: SourceFormat
    /// Paragraphs and tables in document order.
    public var blocks: [Block]
    /// The original (decoded, not normalized) text lines, index 0 = line 1. For .docx, one line
    /// per paragraph or table cell in the order the document stores them.
    public var sourceLines: [String]
    /// Problems met while reading, such as undecodable bytes or a truncated archive.
    public var diagnostics: [Diagnostic]

    public init(
        source: String, encoding: String, format: SourceFormat, blocks: [Block],
        sourceLines: [String], diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.encoding = encoding
        self.format = format
        self.blocks = blocks
        self.sourceLines = sourceLines
        self.diagnostics = diagnostics
    }
}

/// The kinds of file FiscalLens reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case text = "txt"
    case docx
    case html
}

/// One piece of a document: a paragraph (a line of prose) or a table.
public enum Block: Sendable, Hashable {
    case paragraph(TextLine)
    case table(Table)
}

/// A normalized line of text and the 1-based source line it came from.
public struct TextLine: Sendable, Hashable {
    public var text: String
    public var line: Int
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// A table as rows of cells. Merged cells are expanded: a cell spanning several columns or rows
/// is repeated in each position it covers, with `isContinuation` set on the copies.
public struct Table: Sendable, Hashable {
    public var rows: [[TableCell]]
    /// The unit stated for the table (from a 单位：万元 line above it or in its header), if any.
    public var unitText: String?
    /// The 1-based source line of the table's first cell.
    public var line: Int

    public init(rows: [[TableCell]], unitText: String? = nil, line: Int) {
        self.rows = rows
        self.unitText = unitText
        self.line = line
    }
}

/// One cell of a table.
public struct TableCell: Sendable, Hashable {
    /// Normalized text of the cell.
    public var text: String
    /// The 1-based source line of the cell.
    public var line: Int
    /// True on the copies of a merged (spanning) cell, false on the cell where it starts.
    public var isContinuation: Bool

    public init(text: String, line: Int, isContinuation: Bool = false) {
        self.text = text
        self.line = line
        self.isContinuation = isContinuation
    }
}
