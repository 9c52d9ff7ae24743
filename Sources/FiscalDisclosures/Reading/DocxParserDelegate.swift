/// The event side of ``DocxDocumentParser``: collects raw paragraphs and tables from start
/// tags, end tags and text, in document order.
struct DocxParserDelegate {
    struct RawCell {
        var text = ""
        var span = 1
        var continuesAbove = false
    }

    enum Item {
        case paragraph([String])
        case table([[RawCell]])
    }

    /// A table being read: its rows, the row and cell in progress.
    struct TableState {
        var rows: [[RawCell]] = []
        var row: [RawCell]?
        var cell: RawCell?
        var cellParagraphs: [String] = []
    }

    let maximumDepth: Int
    var items: [Item] = []
    var failure: DocumentReadError.Reason?

    /// Elements open at the current point; above zero after parsing means the XML ended early.
    private(set) var depth = 0
    private var tables: [TableState] = []
    /// Paragraphs being read (more than one inside text boxes); each holds its lines as UTF-8.
    private var paragraphs: [[[UInt8]]] = []
    private var inText = false
    private var skipDepth: Int?
    /// Tables finished inside another table, emitted after it.
    private var pendingNested: [[Item]] = []

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// The elements acted on, by local name (the name after its namespace prefix).
    private enum Element {
        case fallback, deletedText, instructionText, deletion
        case paragraph, text, tab, lineBreak, carriageReturn
        case table, row, cell, gridSpan, verticalMerge
    }

    private static let names: [(name: StaticString, element: Element)] = [
        ("p", .paragraph), ("t", .text), ("tab", .tab), ("br", .lineBreak), ("cr", .carriageReturn),
        ("tbl", .table), ("tr", .row), ("tc", .cell), ("gridspan", .gridSpan), ("vmerge", .verticalMerge),
        ("fallback", .fallback), ("deltext", .deletedText), ("instrtext", .instructionText), ("del", .deletion),
    ]

    /// The element named `name` (lower-cased, with or without a prefix), if it is acted on.
    ///
    /// The local name follows the last `:` character and is compared as a string; in an ASCII
    /// name every byte is a character, so bytes are compared instead.
    private static func element(_ name: String) -> Element? {
        var name = name
        let ascii: Element?? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
            let start = bytes.lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? 0
            let local = UnsafeBufferPointer(rebasing: bytes[start...])
            return .some(names.first { entry in
                guard entry.name.utf8CodeUnitCount == local.count else { return false }
                let literal = entry.name.utf8Start
                for offset in 0..<local.count where local[offset] != literal[offset] { return false }
                return true
            }?.element)
        }
        if let ascii { return ascii }
        let local = name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        return names.first { local == $0.name.description }?.element
    }

    /// A start tag; returns false when parsing must stop (nesting beyond the limit).
    ///
    /// - Parameter attributes: Parses the tag's attributes; called only for the elements whose
    ///   attributes matter (`w:gridSpan`, `w:vMerge`).
    mutating func start(_ elementName: String, selfClosing: Bool, attributes: () -> HTMLTokenizer.Attributes) -> Bool {
        depth += 1
        if depth > maximumDepth {
            failure = .tooDeeplyNested(limit: maximumDepth)
            return false
        }
        handleStart(elementName, attributes: attributes)
        if selfClosing {
            handleEnd(elementName, closingDepth: depth)
            depth -= 1
        }
        return true
    }

    /// An end tag.
    mutating func end(_ elementName: String) {
        guard depth > 0 else { return }
        handleEnd(elementName, closingDepth: depth)
        depth -= 1
    }

    private mutating func handleStart(_ elementName: String, attributes: () -> HTMLTokenizer.Attributes) {
        if skipDepth != nil { return }
        guard let element = Self.element(elementName) else { return }
        switch element {
        case .fallback:
            if elementName.hasPrefix("mc:") { skipDepth = depth }
        case .deletedText, .instructionText, .deletion:
            skipDepth = depth
        case .paragraph:
            paragraphs.append([[]])
        case .text:
            inText = true
        case .tab:
            appendSpace()
        case .lineBreak, .carriageReturn:
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].append([]) }
        case .table:
            tables.append(TableState())
        case .row:
            if !tables.isEmpty { tables[tables.count - 1].row = [] }
        case .cell:
            if !tables.isEmpty {
                tables[tables.count - 1].cell = RawCell()
                tables[tables.count - 1].cellParagraphs = []
            }
        case .gridSpan:
            let attributes = attributes()
            if let value = attributes["w:val"] ?? attributes["val"], let span = Int(value), !tables.isEmpty {
                tables[tables.count - 1].cell?.span = min(max(span, 1), 64)
            }
        case .verticalMerge:
            let attributes = attributes()
            let value = attributes["w:val"] ?? attributes["val"]
            if value == nil || value == "continue", !tables.isEmpty {
                tables[tables.count - 1].cell?.continuesAbove = true
            }
        }
    }

    private mutating func handleEnd(_ elementName: String, closingDepth: Int) {
        if let skip = skipDepth {
            if closingDepth <= skip { skipDepth = nil }
            return
        }
        switch Self.element(elementName) {
        case .text:
            inText = false
        case .paragraph:
            guard let lines = paragraphs.popLast() else { return }
            if !tables.isEmpty && paragraphs.isEmpty {
                let joined = Array(lines.joined(separator: [MarkupByte.space]))
                tables[tables.count - 1].cellParagraphs.append(String(decoding: joined, as: UTF8.self))
            } else {
                items.append(.paragraph(Self.strings(lines)))
            }
        case .cell:
            guard !tables.isEmpty, var cell = tables[tables.count - 1].cell else { return }
            cell.text = tables[tables.count - 1].cellParagraphs.filter { !$0.isEmpty }.joined(separator: " ")
            tables[tables.count - 1].row?.append(cell)
            tables[tables.count - 1].cell = nil
        case .row:
            guard !tables.isEmpty, let row = tables[tables.count - 1].row else { return }
            tables[tables.count - 1].rows.append(row)
            tables[tables.count - 1].row = nil
        case .table:
            guard let finished = tables.popLast() else { return }
            if tables.isEmpty {
                items.append(.table(finished.rows))
                for nested in pendingNested { items.append(contentsOf: nested) }
                pendingNested = []
            } else {
                pendingNested.append([.table(finished.rows)])
            }
        default:
            break
        }
    }

    /// Character data as UTF-8, with its references not yet decoded; kept inside `w:t` outside
    /// skipped parts.
    mutating func text(_ raw: ArraySlice<UInt8>) {
        guard inText && skipDepth == nil && !paragraphs.isEmpty else { return }
        let last = paragraphs.count - 1
        HTMLEntities.decode(raw, appendingTo: &paragraphs[last][paragraphs[last].count - 1])
    }

    /// Appends a space to the line in progress.
    private mutating func appendSpace() {
        guard !paragraphs.isEmpty else { return }
        let last = paragraphs.count - 1
        paragraphs[last][paragraphs[last].count - 1].append(MarkupByte.space)
    }

    /// Keeps the text of paragraphs left open by XML that ends early.
    mutating func finish() {
        while let lines = paragraphs.popLast() {
            if tables.isEmpty { items.append(.paragraph(Self.strings(lines))) }
        }
    }

    /// Lines of UTF-8 (valid: the part was checked and references decode to whole characters)
    /// as strings.
    private static func strings(_ lines: [[UInt8]]) -> [String] {
        lines.map { String(decoding: $0, as: UTF8.self) }
    }
}
