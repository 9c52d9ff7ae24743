import Glibc

/// Turns file bytes in a ``TextEncoding`` into UTF-8 bytes, strictly.
package enum TextDecoder {
    /// The result of decoding: where the UTF-8 text lies and what was chosen.
    package enum Output {
        /// The input already was UTF-8: the text is `input[offset...]` (after any BOM).
        case inPlace(offset: Int)
        /// The input was transcoded into these UTF-8 bytes.
        case transcoded([UInt8])
    }

    /// Decodes `bytes`, validating strictly; never substitutes replacement characters.
    ///
    /// - Returns: the UTF-8 text location, the encoding actually used, and whether a BOM was seen.
    /// - Throws: ``TextDecodingError`` naming the first invalid byte.
    package static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding) throws
        -> (output: Output, encoding: TextEncoding, hadByteOrderMark: Bool)
    {
        let n = bytes.count
        let hasUTF8BOM = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let hasLEBOM = n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
        let hasBEBOM = n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
        switch encoding {
        case .auto:
            if hasUTF8BOM { return try decode(bytes, as: .utf8) }
            if hasLEBOM { return try decode(bytes, as: .utf16LittleEndian) }
            if hasBEBOM { return try decode(bytes, as: .utf16BigEndian) }
            if UTF8Validator.firstInvalidOffset(bytes) == nil {
                return (.inPlace(offset: 0), .utf8, false)
            }
            do {
                return try decode(bytes, as: .gb18030)
            } catch var error as TextDecodingError {
                error.reason = "neither UTF-8 nor GB18030 (\(error.reason)); pass the encoding explicitly"
                throw error
            }
        case .utf8:
            let start = hasUTF8BOM ? 3 : 0
            if let bad = UTF8Validator.firstInvalidOffset(UnsafeRawBufferPointer(rebasing: bytes[start...])) {
                throw TextDecodingError(encoding: .utf8, byteOffset: start + bad, reason: "invalid UTF-8 sequence")
            }
            return (.inPlace(offset: start), .utf8, hasUTF8BOM)
        case .gb18030:
            return (.transcoded(try iconvToUTF8(bytes, from: "GB18030")), .gb18030, false)
        case .utf16LittleEndian, .utf16BigEndian:
            let little = encoding == .utf16LittleEndian
            let hasBOM = little ? hasLEBOM : hasBEBOM
            return (.transcoded(try utf16ToUTF8(bytes, littleEndian: little, skipBOM: hasBOM)), encoding, hasBOM)
        }
    }

    private static func utf16ToUTF8(_ bytes: UnsafeRawBufferPointer, littleEndian: Bool, skipBOM: Bool) throws -> [UInt8] {
        let encoding: TextEncoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        guard bytes.count % 2 == 0 else {
            throw TextDecodingError(encoding: encoding, byteOffset: bytes.count - 1, reason: "odd number of bytes")
        }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = skipBOM ? 2 : 0
        while i < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out = [UInt8]()
        out.reserveCapacity(units.count * 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
            out.append($0)
        }
        if failed {
            throw TextDecodingError(encoding: encoding, byteOffset: nil, reason: "unpaired surrogate")
        }
        return out
    }

    /// Transcodes with glibc iconv, which fails on the first invalid sequence (EILSEQ/EINVAL).
    private static func iconvToUTF8(_ bytes: UnsafeRawBufferPointer, from source: String) throws -> [UInt8] {
        let cd = iconv_open("UTF-8", source)
        if cd == iconv_t(bitPattern: -1) {
            throw TextDecodingError(encoding: .gb18030, byteOffset: nil, reason: "iconv does not support \(source)")
        }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var produced = 0
        guard let base = bytes.baseAddress else { return [] }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
            mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = bytes.count
        while inLeft > 0 {
            let capacity = output.count - produced
            var outLeft = capacity
            let status = output.withUnsafeMutableBytes { raw -> Int in
                var outPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!
                    .advanced(by: produced).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
            }
            produced += capacity - outLeft
            if status == -1 {
                let code = errno
                if code == E2BIG {
                    output.append(contentsOf: repeatElement(0, count: output.count))
                    continue
                }
                let offset = bytes.count - inLeft
                throw TextDecodingError(
                    encoding: .gb18030, byteOffset: offset,
                    reason: code == EINVAL ? "truncated multi-byte sequence at the end" : "invalid multi-byte sequence")
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}

/// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
package enum UTF8Validator {
    /// The offset of the first byte that does not start or continue a valid sequence, or `nil`.
    /// Large inputs are split at sequence starts and checked on all processors.
    ///
    /// - Complexity: O(n), eight ASCII bytes per step where the text is ASCII.
    package static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = bytes.count
        let threads = n < 1 << 22 ? 1 : ProcessorCount.online
        if threads == 1 { return firstInvalidOffsetSequential(bytes) }
        var bounds = [0]
        for k in 1..<threads {
            var b = n / threads * k
            var steps = 0
            while b < n && bytes[b] & 0xC0 == 0x80 && steps < 3 { b += 1; steps += 1 }
            bounds.append(max(b, bounds[k - 1]))
        }
        bounds.append(n)
        let splits = bounds
        let input = UncheckedBox(bytes)
        let results = parallelMap(threads) { k -> Int? in
            let range = splits[k]..<splits[k + 1]
            return firstInvalidOffsetSequential(UnsafeRawBufferPointer(rebasing: input.value[range])).map { $0 + range.lowerBound }
        }
        return results.compactMap { $0 }.first
    }

    private static func firstInvalidOffsetSequential(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let c = p[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            let b1 = p[i + 1]
            if b1 < low || b1 > high { return i }
            var k = 2
            while k <= need {
                if p[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }
}
