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
    ///
    /// - Complexity: O(1) for documents read from .docx or .html or built from strings; for a
    ///   .txt document each read builds the strings, O(n) in the length of the text: use
    ///   ``sourceLineCount`` and ``sourceLine(_:)`` to look at a few lines.
    public var sourceLines: [String] {
        get { storedLines.strings }
        set { storedLines = SourceLines(newValue) }
    }
    /// Problems met while reading, such as undecodable bytes or a truncated archive.
    public var diagnostics: [Diagnostic]
    /// The source lines, as strings or as slices of one decoded text.
    package var storedLines: SourceLines

    public init(
        source: String, encoding: String, format: SourceFormat, blocks: [Block],
        sourceLines: [String], diagnostics: [Diagnostic] = []
    ) {
        self.init(source: source, encoding: encoding, format: format, blocks: blocks,
            storedLines: SourceLines(sourceLines), diagnostics: diagnostics)
    }

    /// A document whose source lines are kept as given (slices of the decoded text for .txt).
    package init(
        source: String, encoding: String, format: SourceFormat, blocks: [Block],
        storedLines: SourceLines, diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.encoding = encoding
        self.format = format
        self.blocks = blocks
        self.storedLines = storedLines
        self.diagnostics = diagnostics
    }

    /// The number of source lines, `sourceLines.count` without building the lines.
    public var sourceLineCount: Int { storedLines.count }

    /// The source line with 1-based `number`, without building the other lines.
    ///
    /// - Parameter number: A line number from 1 to ``sourceLineCount``.
    /// - Returns: The line's text, or nil when there is no such line.
    /// - Complexity: O(1).
    public func sourceLine(_ number: Int) -> Substring? {
        storedLines.line(number)
    }
}

/// The source lines of a ``DocumentText``: strings (from .docx and .html) or the byte ranges
/// of the lines in the one string a .txt file was decoded to, turned into strings only when
/// asked.
///
/// Two values are equal when their lines are, whichever way each is stored.
package struct SourceLines: Sendable, Hashable {
    /// How the lines are held.
    enum Storage: Sendable {
        case strings([String])
        /// Valid UTF-8 text and the UTF-8 offsets of its lines, in order.
        case ranges(String, [Range<Int>])
    }

    var storage: Storage

    /// Lines held as the strings given.
    package init(_ strings: [String]) {
        storage = .strings(strings)
    }

    /// Lines held as ranges of UTF-8 offsets in `text`, each starting and ending on a
    /// character boundary.
    package init(_ text: String, ranges: [Range<Int>]) {
        var text = text
        text.makeContiguousUTF8()
        storage = .ranges(text, ranges)
    }

    /// How many lines there are.
    package var count: Int {
        switch storage {
        case .strings(let strings): strings.count
        case .ranges(_, let ranges): ranges.count
        }
    }

    /// The lines as strings.
    ///
    /// - Complexity: O(1) for strings; O(n) in the length of the text for ranges.
    package var strings: [String] {
        switch storage {
        case .strings(let strings): strings
        case .ranges(let text, let ranges): ranges.map { String(Self.slice(text, $0)) }
        }
    }

    /// The line with 1-based `number`, or nil past either end.
    package func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= count else { return nil }
        switch storage {
        case .strings(let strings): return strings[number - 1][...]
        case .ranges(let text, let ranges): return Self.slice(text, ranges[number - 1])
        }
    }

    /// The part of `text` at the UTF-8 offsets `range`.
    ///
    /// - Complexity: O(1) (`text` is native UTF-8).
    static func slice(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    package static func == (lhs: SourceLines, rhs: SourceLines) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.strings(let left), .strings(let right)): return left == right
        default:
            guard lhs.count == rhs.count else { return false }
            return stride(from: 1, through: lhs.count, by: 1).allSatisfy { lhs.line($0) == rhs.line($0) }
        }
    }

    /// Hashes the line count and each line as a `Substring`, the same for both storages.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for number in stride(from: 1, through: count, by: 1) { hasher.combine(line(number) ?? "") }
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
