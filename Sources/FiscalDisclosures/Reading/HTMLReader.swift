/// Reads .html disclosures: charset from `<meta>` (else detected), then a tolerant tokenizer
/// (``HTMLTokenizer``) and a flat builder (``HTMLDocumentBuilder``).
///
/// `sourceLines` of an HTML document hold one line per paragraph or table cell (entity-decoded
/// text, not markup), like .docx; block and cell line numbers index them.
enum HTMLReader {
    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        var diagnostics: [Diagnostic] = []
        var encoding = options.encoding
        if encoding == nil, let label = declaredCharset(bytes) {
            if let declared = TextEncoding(label: label) {
                encoding = declared
                let scan = UTF8Scan(bytes)
                if declared == .gb18030, scan.invalidOffsets.isEmpty, bytes.contains(where: { $0 >= 0x80 }) {
                    encoding = .utf8
                    diagnostics.append(Diagnostic(severity: .warning, file: name,
                        message: "the page declares charset \(label) but its bytes are valid UTF-8; read as UTF-8"))
                } else if declared == .utf8, !scan.invalidOffsets.isEmpty, !scan.isMostlyValid {
                    encoding = nil
                    diagnostics.append(Diagnostic(severity: .warning, file: name,
                        message: "the page declares charset \(label) but its bytes are not UTF-8; encoding detected from the bytes"))
                }
            } else {
                diagnostics.append(Diagnostic(severity: .warning, file: name,
                    message: "unsupported declared charset '\(label)'; encoding detected from the bytes"))
            }
        }
        let decoded = try TextDecoding.decode(bytes, file: name, encoding: encoding)
        diagnostics += decoded.diagnostics
        let markup = String(decoding: decoded.utf8, as: UTF8.self)
        var builder = HTMLDocumentBuilder(file: name, maximumDepth: options.maximumNestingDepth)
        builder.build(markup)
        return DocumentText(source: name, encoding: decoded.encoding.rawValue, format: .html, blocks: builder.blocks,
            sourceLines: builder.sourceLines, diagnostics: diagnostics + builder.diagnostics)
    }

    /// The `charset` named in the first 4 KiB (`<meta charset=…>` or `content="…; charset=…"`),
    /// lower-cased; ASCII letters match in either case.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let pattern = Array("charset".utf8)
        guard head.count > pattern.count else { return nil }
        var index = 0
        while index + pattern.count < head.count {
            if MarkupByte.lower(head[index]) == pattern[0]
                && zip(head[index..<index + pattern.count], pattern).allSatisfy({ MarkupByte.lower($0) == $1 })
            {
                var position = index + pattern.count
                while position < head.count, head[position] == 0x20 || head[position] == 0x3D || head[position] == 0x22 || head[position] == 0x27 {
                    position += 1
                }
                let start = position
                while position < head.count, position - start < 40, isLabelByte(MarkupByte.lower(head[position])) {
                    position += 1
                }
                if position > start { return MarkupByte.lowercased(head[start..<position]) }
            }
            index += 1
        }
        return nil
    }

    /// A lower-case letter, digit, `-` or `_`.
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }
}
