/// A line of text prepared for scanning: Unicode scalars with spaces and quotation marks
/// removed and full-width digits and punctuation folded to ASCII, each scalar remembering the
/// UTF-8 offset it came from so evidence can quote the original text.
///
/// Folding here is deliberately small and idempotent: the readers normalize documents already,
/// and this keeps the extractor correct on text that reached it another way.
struct ScalarText {
    /// The folded scalars.
    var scalars: [UInt32]
    /// For each scalar, the UTF-8 offset of its origin in `text`.
    var offsets: [Int32]
    /// The original text.
    let text: String

    init(_ text: String) {
        self.text = text
        var scalars: [UInt32] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count / 2 + 1)
        offsets.reserveCapacity(text.utf8.count / 2 + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = Int32(UTF8.width(scalar))
            defer { offset += width }
            let folded = ScalarText.fold(scalar.value)
            if folded == 0 { continue }
            scalars.append(folded)
            offsets.append(offset)
        }
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Folds one scalar: 0 means "drop it".
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
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

    /// Folds a whole string the same way (for glossary labels).
    static func folded(_ text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { let f = fold($0.value); return f == 0 ? nil : f }
    }

    var count: Int { scalars.count }

    /// The original text from scalar `start` up to (not including) scalar `end`.
    func original(from start: Int, to end: Int) -> String {
        guard start < end, start < offsets.count else { return "" }
        let utf8 = text.utf8
        let lower = Int(offsets[start])
        let upper = end < offsets.count ? Int(offsets[end]) : utf8.count
        guard lower < upper, upper <= utf8.count else { return "" }
        let lo = utf8.index(utf8.startIndex, offsetBy: lower)
        let hi = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
            .trimmingCharacters(in: [" ", "\t", "\u{3000}"])
    }

    /// The folded scalars from `start` to `end` as a string.
    func folded(from start: Int, to end: Int) -> String {
        ScalarText.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// Scalars encoded back into a string (UTF-8 written directly, no per-scalar appends).
    static func string(_ scalars: some Collection<UInt32>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for v in scalars {
            switch v {
            case 0..<0x80: bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        let utf8 = Array(self.utf8)
        return String(decoding: utf8[(offset + needle.utf8.count)...], as: UTF8.self)
    }

    /// The text before the first occurrence of `needle`, or nil.
    func before(_ needle: String) -> String? {
        guard let offset = byteOffset(of: needle) else { return nil }
        return String(decoding: Array(self.utf8)[..<offset], as: UTF8.self)
    }
}
