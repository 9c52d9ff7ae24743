/// Reads .txt disclosures: decode, split lines, repair PDF artefacts, lay out.
enum PlainTextReader {
    /// Reads the bytes of a .txt file into a document.
    ///
    /// The text is decoded to one string; its lines are slices of that string, and the
    /// document keeps it with the lines' offsets as its source lines, without copying.
    ///
    /// - Throws: ``DocumentReadError`` from decoding.
    /// - Complexity: O(n) in the length of the text.
    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        var decoded = try TextDecoding.decodeString(bytes, file: name, encoding: options.encoding)
        decoded.text.makeContiguousUTF8()
        let ranges = lineRanges(decoded.text)
        var lines = Self.lines(of: decoded.text, ranges: ranges)
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
            storedLines: SourceLines(decoded.text, ranges: ranges), diagnostics: diagnostics)
    }

    /// Splits valid UTF-8 on LF, CRLF or CR; a final line break does not add an empty line.
    static func splitLines(_ utf8: [UInt8]) -> [String] {
        let text = String(decoding: utf8, as: UTF8.self)
        return lines(of: text, ranges: lineRanges(text)).map { String($0.text) }
    }

    /// The lines of `text` at `ranges` of UTF-8 offsets, numbered from 1.
    ///
    /// - Complexity: O(n) in the number of lines; offsets become indices in O(1) in native
    ///   UTF-8.
    static func lines(of text: String, ranges: [Range<Int>]) -> [TextLayout.Line] {
        let utf8 = text.utf8
        var lines: [TextLayout.Line] = []
        lines.reserveCapacity(ranges.count)
        var index = utf8.startIndex
        var offset = 0
        for range in ranges {
            let start = utf8.index(index, offsetBy: range.lowerBound - offset)
            index = utf8.index(start, offsetBy: range.count)
            offset = range.upperBound
            lines.append(TextLayout.Line(number: lines.count + 1, text: text[start..<index]))
        }
        return lines
    }

    /// The UTF-8 offsets of the lines of `text`, split on LF, CRLF or CR; a final line break
    /// does not add an empty line.
    ///
    /// - Complexity: O(n); eight-byte words without a byte below 0x0E are skipped whole.
    static func lineRanges(_ text: String) -> [Range<Int>] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            var ranges: [Range<Int>] = []
            // Disclosure lines run to some 70 bytes on average.
            ranges.reserveCapacity(buffer.count / 64 + 1)
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
                    ranges.append(start..<index)
                    if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
                    index += 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count { ranges.append(start..<count) }
            return ranges
        } ?? []
    }
}
