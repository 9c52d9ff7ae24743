/// Receives the fields of CSV records from ``CSVTokenizer``.
package protocol CSVFieldSink {
    /// One field: `count` bytes at `start` (inside quotes when `quoted`, still holding doubled
    /// quotes when `hasEscapedQuotes`).
    mutating func field(_ column: Int, _ start: UnsafePointer<UInt8>, _ count: Int, quoted: Bool, hasEscapedQuotes: Bool)
    /// The end of a record of `fieldCount` fields that began at byte `offset`.
    mutating func endRecord(fieldCount: Int, offset: Int) throws(CSVTokenizer.Failure)
}

/// An RFC 4180 tokenizer over UTF-8 bytes: quoted fields, doubled quotes, embedded line breaks,
/// LF or CRLF records. Blank lines are skipped.
package struct CSVTokenizer {
    /// A tokenizing failure at a byte offset.
    package struct Failure: Error {
        package var kind: CSVReadingError.Kind
        package var offset: Int
    }

    package let base: UnsafePointer<UInt8>
    package let delimiter: UInt8
    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    package init(base: UnsafePointer<UInt8>, delimiter: UInt8) {
        self.base = base
        self.delimiter = delimiter
    }

    /// Tokenizes records in `range`, stopping after `maxRecords`; returns the offset after the
    /// last record consumed.
    ///
    /// - Complexity: O(n) in the bytes of `range`.
    @discardableResult
    package func tokenize<Sink: CSVFieldSink>(
        _ range: Range<Int>, into sink: inout Sink, maxRecords: Int = .max
    ) throws(Failure) -> Int {
        let end = range.upperBound
        var pos = range.lowerBound
        var records = 0
        let p = base
        let delimiter = self.delimiter
        while pos < end && records < maxRecords {
            let first = p[pos]
            if first == Self.lf { pos += 1; continue }
            if first == Self.cr { pos += 1; if pos < end && p[pos] == Self.lf { pos += 1 }; continue }
            let recordStart = pos
            var column = 0
            while true {
                if pos < end && p[pos] == Self.quote {
                    pos += 1
                    let fieldStart = pos
                    var escaped = false
                    while true {
                        pos = Self.scan(p, from: pos, end: end, Self.quote, Self.quote, Self.quote)
                        if pos >= end { throw Failure(kind: .unterminatedQuote, offset: recordStart) }
                        if pos + 1 < end && p[pos + 1] == Self.quote {
                            escaped = true
                            pos += 2
                            continue
                        }
                        break
                    }
                    sink.field(column, p + fieldStart, pos - fieldStart, quoted: true, hasEscapedQuotes: escaped)
                    pos += 1
                    if pos < end {
                        let c = p[pos]
                        if c != delimiter && c != Self.lf && c != Self.cr {
                            throw Failure(kind: .unexpectedTextAfterQuote, offset: recordStart)
                        }
                    }
                } else {
                    let fieldStart = pos
                    pos = Self.scan(p, from: pos, end: end, delimiter, Self.lf, Self.cr)
                    sink.field(column, p + fieldStart, pos - fieldStart, quoted: false, hasEscapedQuotes: false)
                }
                column += 1
                if pos >= end { break }
                let c = p[pos]
                pos += 1
                if c == delimiter { continue }
                if c == Self.cr && pos < end && p[pos] == Self.lf { pos += 1 }
                break
            }
            try sink.endRecord(fieldCount: column, offset: recordStart)
            records += 1
        }
        return pos
    }

    /// The offset of the first of bytes `a`, `b`, `c` at or after `pos`, or `end`. Eight bytes
    /// per step: a byte equal to `x` is a zero byte of `word ^ x·0x0101…`, found with the
    /// classic has-zero-byte bit trick (exact for the lowest match, which is the one used).
    @inline(__always)
    static func scan(_ p: UnsafePointer<UInt8>, from pos: Int, end: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        var i = pos
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let (ma, mb, mc) = (UInt64(a) &* ones, UInt64(b) &* ones, UInt64(c) &* ones)
        let raw = UnsafeRawPointer(p)
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let xa = w ^ ma, xb = w ^ mb, xc = w ^ mc
            let hits = ((xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & highs
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end {
            let x = p[i]
            if x == a || x == b || x == c { return i }
            i += 1
        }
        return end
    }

    /// The offset just after the first record boundary at or after `target`, found by quote
    /// parity counted from `start` (a record boundary is a line feed outside quotes).
    package func boundary(after target: Int, from start: Int, end: Int) -> Int {
        var quotes = 0
        var i = start
        let p = base
        while i < target {
            if p[i] == Self.quote { quotes &+= 1 }
            i += 1
        }
        while i < end {
            let c = p[i]
            if c == Self.quote { quotes &+= 1 } else if c == Self.lf && quotes & 1 == 0 { return i + 1 }
            i += 1
        }
        return end
    }
}

/// Makes a `String` from field bytes, undoubling quotes; `nil` when the bytes are not valid
/// UTF-8 (cells are validated as they become text, so no separate pass over the file is needed).
@inline(__always)
package func makeFieldString(_ start: UnsafePointer<UInt8>, _ count: Int, hasEscapedQuotes: Bool) -> String? {
    if !hasEscapedQuotes {
        return String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
    var bytes = [UInt8]()
    bytes.reserveCapacity(count)
    var i = 0
    while i < count {
        let c = start[i]
        bytes.append(c)
        i += (c == UInt8(ascii: "\"") && i + 1 < count && start[i + 1] == UInt8(ascii: "\"")) ? 2 : 1
    }
    return String(validating: bytes, as: UTF8.self)
}
