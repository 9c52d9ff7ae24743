/// A line of text prepared for scanning: Unicode scalars with spaces and quotation marks
/// removed and full-width digits and punctuation folded to ASCII. Evidence quotes the original
/// text: the UTF-8 offsets of a stretch of scalars are found again by folding the bytes up to
/// it, which costs less than recording an offset for every scalar of every line.
///
/// Folding here is deliberately small and idempotent: the readers normalize documents already,
/// and this keeps the extractor correct on text that reached it another way.
struct ScalarText {
    /// The folded scalars.
    var scalars: [UInt32]
    /// The original text.
    let text: String

    /// Folds `text`, decoding its UTF-8 bytes directly.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    init(_ text: String) {
        self.text = text
        var source = text
        scalars = source.withUTF8 { bytes in
            // At most one scalar per byte: written in place, in one pass.
            [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var written = 0
                var i = 0
                while i < bytes.count {
                    let folded = ScalarText.fold(UTF8Codec.decode(bytes, at: &i))
                    guard folded != 0 else { continue }
                    buffer[written] = folded
                    written += 1
                }
                count = written
            }
        }
    }

    /// The UTF-8 offsets in `text` where folded scalars `start` and `end` came from (the end of
    /// the text for `end` past the last scalar), found by folding the bytes again.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text` up to scalar `end`.
    func byteOffsets(of start: Int, _ end: Int) -> (lower: Int, upper: Int) {
        var source = text
        return source.withUTF8 { bytes in
            var lower = bytes.count
            var kept = 0
            var i = 0
            while i < bytes.count {
                let offset = i
                guard ScalarText.fold(UTF8Codec.decode(bytes, at: &i)) != 0 else { continue }
                if kept == start { lower = offset }
                if kept == end { return (lower, offset) }
                kept += 1
            }
            return (lower, bytes.count)
        }
    }

    /// Calls `body` with each Unicode scalar of valid UTF-8 `bytes` and its byte offset.
    ///
    /// The bytes must be well-formed UTF-8 (a `String`'s storage is); nothing is validated.
    @inline(__always)
    static func forEachScalar(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
        var i = 0
        while i < bytes.count {
            let offset = i
            body(UTF8Codec.decode(bytes, at: &i), offset)
        }
    }

    /// Folds one scalar: 0 means "drop it".
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v >= 0x3400 && v < 0xFEFF { return v }  // CJK ideographs and most of the BMP: kept
        if v < 0x80 {
            switch v {
            case 0x20, 0x09, 0x0D, 0x22, 0x27: return 0  // space, tab, CR, " '
            default: return v
            }
        }
        switch v {
        case 0xFF10...0xFF19: return v - 0xFF10 + 0x30  // full-width digits
        case 0xFF08: return 0x28  // （
        case 0xFF09: return 0x29  // ）
        case 0xFF05: return 0x25  // ％
        case 0xFF0E: return 0x2E  // ．
        case 0xFF0C: return 0x2C  // ，
        case 0xFF1A: return 0x3A  // ：
        case 0xFF1B: return 0x3B  // ；
        case 0xFF0D: return 0x2D  // －
        case 0xFF0B: return 0x2B  // ＋
        case 0xFF02, 0xFF07: return 0  // full-width quotes
        case 0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF: return 0  // spaces, BOM
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F: return 0  // quotes
        case 0x3010: return 0x28  // 【
        case 0x3011: return 0x29  // 】
        case 0x2014, 0x2015, 0x2013: return 0x2014  // dashes
        default: return v
        }
    }

    /// Folds a whole string the same way (for glossary labels and table cells).
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func folded(_ text: String) -> [UInt32] { foldedReportingChange(text).scalars }

    /// Folds a whole string and tells whether folding dropped or replaced any scalar; when it
    /// did not, `text` itself is the folded string.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func foldedReportingChange(_ text: String) -> (scalars: [UInt32], isChanged: Bool) {
        var source = text
        return source.withUTF8 { bytes in
            var scalars: [UInt32] = []
            scalars.reserveCapacity(bytes.count)
            var isChanged = false
            forEachScalar(in: bytes) { value, _ in
                let folded = fold(value)
                if folded != value || folded == 0 { isChanged = true }
                if folded != 0 { scalars.append(folded) }
            }
            return (scalars, isChanged)
        }
    }

    /// Whether a scalar is a grapheme cluster of its own next to any other scalar for which
    /// this is also true, and is its own canonical (NFC) form.
    ///
    /// Within a run of such scalars, `Character` and `Unicode.Scalar` views agree and string
    /// equality is scalar equality, so label parsing may work on scalars. It holds for ASCII,
    /// Latin letters below the combining marks (U+0300), general punctuation, number forms,
    /// arrows and mathematical operators (≥), circled numerals, CJK punctuation and ideographs,
    /// small and full-width forms; it is false for combining marks, joiners, variation
    /// selectors, Hangul, kana (voiced sound marks combine) and CJK compatibility ideographs
    /// (U+F900…, which normalize to other ideographs).
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x2010...0x205F, 0x2150...0x22FF, 0x2460...0x24FF, 0x3000...0x3029, 0x3030...0x303F,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFE30...0xFE6F, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }

    var count: Int { scalars.count }

    /// The original text from scalar `start` up to (not including) scalar `end`, without
    /// surrounding spaces, tabs and ideographic spaces.
    func original(from start: Int, to end: Int) -> String {
        guard start < end, start < scalars.count else { return "" }
        let utf8 = text.utf8
        let (lower, upper) = byteOffsets(of: start, end)
        guard lower < upper, upper <= utf8.count else { return "" }
        let lo = utf8.index(utf8.startIndex, offsetBy: lower)
        let hi = utf8.index(utf8.startIndex, offsetBy: upper)
        let quoted = String(decoding: utf8[lo..<hi], as: UTF8.self)
        // A space, tab or U+3000 (E3 80 80) can only lead or end the text when its first or last
        // byte is one of theirs; most quotes skip the trimming.
        let first = utf8[lo], last = utf8[utf8.index(before: hi)]
        guard first == 0x20 || first == 0x09 || first == 0xE3 || last == 0x20 || last == 0x09 || last == 0x80 else {
            return quoted
        }
        return quoted.trimmingCharacters(in: [" ", "\t", "\u{3000}"])
    }

    /// The folded scalars from `start` to `end` as a string.
    func folded(from start: Int, to end: Int) -> String {
        ScalarText.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// Scalars encoded back into a string (UTF-8 written directly, no per-scalar appends).
    static func string(_ scalars: some Collection<UInt32>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { bytes in
            var n = 0
            for v in scalars { n += UTF8Codec.encode(v, into: bytes, at: n) }
            return n
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes (no locale, no Foundation):
    /// the fast path the scanners use on every cell and title.
    func includes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// The UTF-8 offset of the first occurrence of `needle`.
    func byteOffset(of needle: String) -> Int? {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n -> Int? in
                guard !n.isEmpty, n.count <= h.count else { return n.isEmpty ? 0 : nil }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// The text after the first occurrence of `needle`, or nil.
    func after(_ needle: String) -> String? {
        guard let offset = byteOffset(of: needle) else { return nil }
        let utf8 = self.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: offset + needle.utf8.count)...], as: UTF8.self)
    }
}
