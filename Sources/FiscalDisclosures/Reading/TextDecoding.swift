import Foundation

/// Text decoded to UTF-8 bytes, with the encoding that was used.
package struct DecodedText: Sendable {
    /// Valid UTF-8, BOM removed.
    package var utf8: [UInt8]
    package var encoding: TextEncoding
    /// Warnings met while decoding (e.g. a few invalid bytes replaced in a UTF-8 file).
    package var diagnostics: [Diagnostic]
}

/// Text decoded to one string, with the encoding that was used.
package struct DecodedString: Sendable {
    /// The decoded text, BOM removed.
    package var text: String
    package var encoding: TextEncoding
    /// Warnings met while decoding (e.g. a few invalid bytes replaced in a UTF-8 file).
    package var diagnostics: [Diagnostic]
}

/// Encoding detection and strict decoding of text files.
///
/// Detection order: a byte-order mark; UTF-16 without BOM recognised by its NUL-byte pattern
/// (ASCII characters such as digits and line breaks put a zero in every other byte); strict
/// UTF-8; else GB18030 through iconv. NUL bytes or control characters that fit none of these
/// make the file binary. There is no single-byte fallback.
package enum TextDecoding {
    /// Decodes `bytes`, detecting the encoding unless `encoding` is given.
    ///
    /// A file that is valid UTF-8 except for a handful of bad sequences (a damaged download) is
    /// decoded as UTF-8 with U+FFFD in their place and one warning per damaged line, never
    /// silently.
    ///
    /// - Throws: ``DocumentReadError`` with `.empty`, `.binaryContent` or `.undecodableBytes`.
    /// - Complexity: O(n).
    package static func decode(
        _ bytes: [UInt8], file: String, encoding: TextEncoding? = nil
    ) throws(DocumentReadError) -> DecodedText {
        if bytes.isEmpty { throw DocumentReadError(file: file, reason: .empty) }
        // Detection scans the bytes as UTF-8 unless they start with a BOM; that scan is the
        // one decoding needs.
        let (chosen, detectionScan) = encoding.map { ($0, nil) } ?? detectScanning(bytes)
        var diagnostics: [Diagnostic] = []
        let utf8: [UInt8]
        switch chosen {
        case .utf8, .utf8WithBOM:
            let hasBOM = hasUTF8BOM(bytes)
            let body = hasBOM ? Array(bytes[3...]) : bytes
            let scan = hasBOM ? UTF8Scan(body) : detectionScan ?? UTF8Scan(body)
            if scan.invalidOffsets.isEmpty {
                utf8 = body
            } else if encoding != nil || scan.isMostlyValid {
                utf8 = repairUTF8(body, scan: scan, file: file, diagnostics: &diagnostics)
            } else {
                return try decodeGB18030(bytes, file: file)
            }
        case .gb18030:
            return try decodeGB18030(bytes, file: file)
        case .utf16LittleEndian, .utf16BigEndian:
            utf8 = try decodeUTF16(bytes, bigEndian: chosen == .utf16BigEndian, file: file)
        }
        if isBinary(utf8) { throw DocumentReadError(file: file, reason: .binaryContent) }
        return DecodedText(utf8: utf8, encoding: chosen, diagnostics: diagnostics)
    }

    /// Decodes `bytes` to one string, detecting the encoding unless `encoding` is given; the
    /// same detection, text, diagnostics and errors as ``decode(_:file:encoding:)``.
    ///
    /// Valid UTF-8 (the usual case) is validated once, by the string's own initializer:
    /// the string's bytes equal the input exactly when the input was valid, since repair puts
    /// U+FFFD in the place of every invalid sequence. Anything else is decoded by
    /// ``decode(_:file:encoding:)``.
    ///
    /// - Throws: ``DocumentReadError`` with `.empty`, `.binaryContent` or `.undecodableBytes`.
    /// - Complexity: O(n).
    package static func decodeString(
        _ bytes: [UInt8], file: String, encoding: TextEncoding? = nil
    ) throws(DocumentReadError) -> DecodedString {
        if bytes.isEmpty { throw DocumentReadError(file: file, reason: .empty) }
        let hasBOM = hasUTF8BOM(bytes)
        let mayBeUTF8: Bool
        switch encoding {
        case nil:
            // The order of ``detectScanning(_:)``: BOMs, then the NUL pattern of UTF-16.
            mayBeUTF8 = hasBOM || (!hasUTF16BOM(bytes) && utf16ByNULPattern(bytes) == nil)
        case .utf8?, .utf8WithBOM?:
            mayBeUTF8 = true
        default:
            mayBeUTF8 = false
        }
        if mayBeUTF8 {
            let decoded: (text: String, isBinary: Bool)? = bytes.withUnsafeBufferPointer { buffer in
                let body = UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 3 : 0)...])
                return validString(body).map { ($0, isBinary(body)) }
            }
            if let decoded {
                if decoded.isBinary { throw DocumentReadError(file: file, reason: .binaryContent) }
                return DecodedString(text: decoded.text, encoding: encoding ?? (hasBOM ? .utf8WithBOM : .utf8),
                    diagnostics: [])
            }
        }
        let decoded = try decode(bytes, file: file, encoding: encoding)
        return DecodedString(text: String(decoding: decoded.utf8, as: UTF8.self), encoding: decoded.encoding,
            diagnostics: decoded.diagnostics)
    }

    /// `utf8` as a string if it is valid UTF-8, else nil.
    ///
    /// - Complexity: O(n): one validating decode and one comparison of the bytes.
    static func validString(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: utf8, as: UTF8.self)
        let isSame = text.utf8.count == utf8.count
            && text.utf8.withContiguousStorageIfAvailable { decoded in
                decoded.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, decoded.count) == 0
            } ?? text.utf8.elementsEqual(utf8)
        return isSame ? text : nil
    }

    static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// Guesses the encoding of `bytes` without decoding all of them.
    package static func detect(_ bytes: [UInt8]) -> TextEncoding {
        detectScanning(bytes).encoding
    }

    /// ``detect(_:)``, also returning the UTF-8 scan of `bytes` when it took one (complete
    /// when the encoding is UTF-8).
    static func detectScanning(_ bytes: [UInt8]) -> (encoding: TextEncoding, scan: UTF8Scan?) {
        if hasUTF8BOM(bytes) { return (.utf8WithBOM, nil) }
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { return (.utf16LittleEndian, nil) }
            if bytes[0] == 0xFE && bytes[1] == 0xFF { return (.utf16BigEndian, nil) }
        }
        if let utf16 = utf16ByNULPattern(bytes) { return (utf16, nil) }
        // Text in another encoding breaks at almost every character: stop once it cannot be
        // UTF-8 with damage.
        let scan = UTF8Scan(bytes, stoppingAfter: UTF8Scan.mostlyValidRuns)
        if scan.invalidOffsets.isEmpty || scan.isMostlyValid { return (.utf8, scan) }
        return (.gb18030, scan)
    }

    static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// UTF-16 without BOM: zero bytes (from ASCII digits, punctuation and line breaks) at least
    /// four times as frequent on one parity of the first 64 KiB as on the other.
    static func utf16ByNULPattern(_ bytes: [UInt8]) -> TextEncoding? {
        let sampleCount = min(bytes.count, 1 << 16)
        guard sampleCount >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            // Text without any NUL (the usual case) is skipped a word at a time.
            while index + 8 <= sampleCount && !ByteWord.contains(0, in: ByteWord.load(buffer, at: index)) { index += 8 }
            while index + 1 < sampleCount {
                if buffer[index] == 0 { evenZeros += 1 }
                if buffer[index + 1] == 0 { oddZeros += 1 }
                index += 2
            }
            if index < sampleCount && buffer[index] == 0 { evenZeros += 1 }
        }
        let pairs = sampleCount / 2
        let minimum = max(2, pairs / 50)
        if oddZeros >= minimum && evenZeros * 4 <= oddZeros { return .utf16LittleEndian }
        if evenZeros >= minimum && oddZeros * 4 <= evenZeros { return .utf16BigEndian }
        return nil
    }

    /// NUL or C0 control characters other than tab, line feed, carriage return, form feed and
    /// escape in more than 1 in 200 bytes (or any NUL) mark binary data.
    ///
    /// - Complexity: O(n); eight bytes at a time where none is below 0x20.
    static func isBinary(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer(isBinary(_:))
    }

    /// ``isBinary(_:)`` over a buffer.
    static func isBinary(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var controls = 0
        let count = buffer.count
        var index = 0
        while index < count {
            if index + 8 <= count && !ByteWord.hasByte(below: 0x20, in: ByteWord.load(buffer, at: index)) {
                index += 8
                continue
            }
            let end = min(index + 8, count)
            while index < end {
                switch buffer[index] {
                case 0x20...: break
                case 0x09, 0x0A, 0x0D, 0x0C, 0x1B: break
                case 0x00: return true
                default: controls += 1
                }
                index += 1
            }
        }
        return controls > 0 && controls * 200 > count
    }

    static func decodeGB18030(_ bytes: [UInt8], file: String) throws(DocumentReadError) -> DecodedText {
        let utf8: [UInt8]
        do {
            utf8 = try iconvToUTF8(bytes, from: "GB18030")
        } catch {
            switch error {
            case .unavailable(let name):
                throw DocumentReadError(file: file, reason: .unreadable("no \(name) converter on this system"))
            case .invalidSequence(let offset), .incompleteSequence(let offset):
                if isBinary(Array(bytes.prefix(1 << 16))) {
                    throw DocumentReadError(file: file, reason: .binaryContent)
                }
                throw DocumentReadError(file: file, reason: .undecodableBytes(encoding: "UTF-8 or GB18030", offset: offset))
            }
        }
        if isBinary(utf8) { throw DocumentReadError(file: file, reason: .binaryContent) }
        return DecodedText(utf8: utf8, encoding: .gb18030, diagnostics: [])
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String) throws(DocumentReadError) -> [UInt8] {
        var start = 0
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            start = 2
        }
        if (bytes.count - start) % 2 != 0 {
            throw DocumentReadError(file: file, reason: .undecodableBytes(encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", offset: bytes.count - 1))
        }
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count - start) * 3 / 2)
        var index = start
        func unit(at position: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[position]) << 8 | UInt32(bytes[position + 1])
                : UInt32(bytes[position + 1]) << 8 | UInt32(bytes[position])
        }
        while index < bytes.count {
            var value = unit(at: index)
            let offset = index
            index += 2
            if value >= 0xD800 && value <= 0xDBFF {
                guard index < bytes.count else {
                    throw DocumentReadError(file: file, reason: .undecodableBytes(encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", offset: offset))
                }
                let low = unit(at: index)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw DocumentReadError(file: file, reason: .undecodableBytes(encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", offset: offset))
                }
                index += 2
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if value >= 0xDC00 && value <= 0xDFFF {
                throw DocumentReadError(file: file, reason: .undecodableBytes(encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", offset: offset))
            }
            UTF8Codec.append(value, to: &output)
        }
        return output
    }

    static func repairUTF8(_ bytes: [UInt8], scan: UTF8Scan, file: String, diagnostics: inout [Diagnostic]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + scan.invalidOffsets.count * 2)
        var line = 1
        var lastReportedLine = 0
        var position = 0
        var reported = 0
        for (offset, length) in zip(scan.invalidOffsets, scan.invalidLengths) {
            for byte in bytes[position..<offset] {
                if byte == 0x0A { line += 1 }
                output.append(byte)
            }
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            if line != lastReportedLine && reported < 20 {
                diagnostics.append(Diagnostic(severity: .warning, file: file, line: line,
                    message: "invalid UTF-8 at byte offset \(offset) replaced by U+FFFD"))
                lastReportedLine = line
                reported += 1
            }
            position = offset + length
        }
        output.append(contentsOf: bytes[position...])
        if scan.invalidOffsets.count > reported {
            diagnostics.append(Diagnostic(severity: .warning, file: file,
                message: "\(scan.invalidOffsets.count) invalid UTF-8 sequences replaced by U+FFFD in all"))
        }
        return output
    }
}

/// One strict pass over bytes as UTF-8: where the invalid sequences are, and how many valid
/// multi-byte sequences there are.
package struct UTF8Scan: Sendable {
    package var invalidOffsets: [Int] = []
    package var invalidLengths: [Int] = []
    package var multiByteCount = 0
    /// Runs of adjacent invalid sequences (one damaged spot each).
    package var damagedRuns = 0

    /// Few enough damaged spots among many good sequences that the file is UTF-8 with damage
    /// (GB18030 text read as UTF-8 breaks at almost every character instead).
    package var isMostlyValid: Bool {
        damagedRuns <= Self.mostlyValidRuns && multiByteCount >= 20 * damagedRuns
    }

    /// The most damaged spots a file that ``isMostlyValid`` has.
    package static let mostlyValidRuns = 16

    /// Scans `bytes`; stops recording after 10,000 invalid sequences.
    ///
    /// - Parameter maximumRuns: Stops the scan where the damaged spots exceed this many, when
    ///   only whether the bytes are ``isMostlyValid`` matters (they are not, then).
    /// - Complexity: O(n); ASCII is skipped eight bytes at a time.
    package init(_ bytes: [UInt8], stoppingAfter maximumRuns: Int = .max) {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    while index + 8 <= count && ByteWord.isASCII(ByteWord.load(buffer, at: index)) { index += 8 }
                    continue
                }
                // Most CJK: a lead byte E1–EC or EE–EF and two continuation bytes, which is
                // always a valid scalar (at least U+1000, never a surrogate).
                if lead >= 0xE1 && lead <= 0xEF && lead != 0xED && index + 2 < count
                    && buffer[index + 1] & 0xC0 == 0x80 && buffer[index + 2] & 0xC0 == 0x80
                {
                    multiByteCount += 1
                    index += 3
                    continue
                }
                var length = 0
                var minimum: UInt32 = 0
                var value: UInt32 = 0
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
                default: length = 0
                }
                var valid = length > 0 && index + length <= count
                var consumed = 1
                if length > 0 {
                    var position = 1
                    while position < length && index + position < count {
                        let byte = buffer[index + position]
                        if byte & 0xC0 != 0x80 { valid = false; break }
                        value = value << 6 | UInt32(byte & 0x3F)
                        position += 1
                    }
                    consumed = max(1, position)
                    if valid && (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
                        valid = false
                    }
                }
                if valid {
                    multiByteCount += 1
                    index += length
                } else {
                    if invalidOffsets.last.map({ $0 + (invalidLengths.last ?? 1) }) != index {
                        damagedRuns += 1
                        if damagedRuns > maximumRuns { return }
                    }
                    if invalidOffsets.count < 10_000 {
                        invalidOffsets.append(index)
                        invalidLengths.append(consumed)
                    }
                    index += consumed
                }
            }
        }
    }
}
