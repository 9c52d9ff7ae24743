/// Reads .txt disclosures: decode, split lines, repair PDF artefacts, lay out.
enum PlainTextReader {
    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        let decoded = try TextDecoding.decode(bytes, file: name, encoding: options.encoding)
        let sourceLines = splitLines(decoded.utf8)
        var lines = sourceLines.enumerated().map { TextLayout.Line(number: $0.offset + 1, text: Substring($0.element)) }
        var diagnostics = decoded.diagnostics
        if options.repairsPDFArtefacts {
            let repaired = PDFTextRepair.repair(lines)
            lines = repaired.lines
            if repaired.pageLines > 0 {
                diagnostics.append(Diagnostic(severity: .note, file: name,
                    message: "\(repaired.pageLines) page-number lines dropped (text converted from PDF)"))
            }
        }
        var layout = TextLayout(file: name)
        let blocks = layout.blocks(lines)
        diagnostics += layout.diagnostics
        return DocumentText(source: name, encoding: decoded.encoding.rawValue, format: .text, blocks: blocks,
            sourceLines: sourceLines, diagnostics: diagnostics)
    }

    /// Splits valid UTF-8 on LF, CRLF or CR; a final line break does not add an empty line.
    ///
    /// - Complexity: O(n); eight-byte words without a byte below 0x0E are skipped whole.
    static func splitLines(_ utf8: [UInt8]) -> [String] {
        var lines: [String] = []
        utf8.withUnsafeBufferPointer { buffer in
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                if index + 8 <= count && !ByteWord.hasByte(below: 0x0E, in: ByteWord.load(buffer, at: index)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                    if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
                    index += 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<count]), as: UTF8.self))
            }
        }
        return lines
    }
}
