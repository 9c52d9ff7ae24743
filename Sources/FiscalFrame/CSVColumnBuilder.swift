/// Settings shared by the column builders of one read.
package struct CSVCellRules: Sendable {
    /// Null spellings of up to 7 bytes, packed little-endian with the length in the top byte;
    /// the first eight in a SIMD vector (no reference counting in the hot loop), unused lanes
    /// holding an impossible key.
    private var nullLanes = SIMD8<UInt64>(repeating: .max)
    private var extraNulls: [UInt64] = []
    private var hasExtraNulls = false
    /// Longer null spellings.
    private var longNulls: [[UInt8]] = []
    private var maxNullLength = 0
    package var allowsGrouping: Bool
    package var normalizesFullWidth: Bool
    package var moneyMultiplier: Int64

    package init(options: CSVReadingOptions) {
        allowsGrouping = options.allowsThousandsSeparators
        normalizesFullWidth = options.normalizesFullWidthDigits
        moneyMultiplier = options.moneyMultiplier
        for spelling in options.nullSpellings {
            let bytes = Array(spelling.utf8)
            maxNullLength = max(maxNullLength, bytes.count)
            if bytes.count <= 7 {
                let packed = bytes.withUnsafeBufferPointer { Self.pack($0.baseAddress, $0.count) }
                var lane = 0
                while lane < 8 && nullLanes[lane] != .max { lane += 1 }
                if lane < 8 {
                    nullLanes[lane] = packed
                } else {
                    extraNulls.append(packed)
                    hasExtraNulls = true
                }
            } else {
                longNulls.append(bytes)
            }
        }
    }

    @inline(__always)
    private static func pack(_ p: UnsafePointer<UInt8>?, _ n: Int) -> UInt64 {
        var v = UInt64(n) << 56
        guard let p else { return v }
        for i in 0..<n { v |= UInt64(p[i]) << (8 * UInt64(i)) }
        return v
    }

    /// Whether the unquoted cell is a null spelling.
    @inline(__always)
    package func isNull(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n > maxNullLength { return false }
        if n <= 7 {
            let key = Self.pack(p, n)
            if any(nullLanes .== SIMD8(repeating: key)) { return true }
            return hasExtraNulls && extraNulls.contains(key)
        }
        for spelling in longNulls where spelling.count == n {
            if spelling.withUnsafeBufferPointer({ s in (0..<n).allSatisfy { s[$0] == p[$0] } }) { return true }
        }
        return false
    }
}

/// Builds one column from the cells of one chunk, inferring or enforcing its type.
///
/// Inference is speculative: a column starts as the type of its first present cell and widens
/// int → double. When a cell fits neither (text, a leading-zero code, a boolean among numbers),
/// the builder stops and marks the chunk for a second, text-only pass over this column.
package struct CSVColumnBuilder {
    package enum Mode { case pending, int, double, bool, string, money, skip }

    package private(set) var mode: Mode
    private let forced: DataType?
    private let rules: CSVCellRules
    package var ints: [Int] = []
    package var doubles: [Double] = []
    package var bools: [Bool] = []
    package var strings: [String] = []
    package var money: [Money] = []
    package var nilRows: [Int] = []
    package private(set) var count = 0
    /// Set when inference met a cell its current type cannot hold.
    package private(set) var needsTextPass = false
    /// The first cell that failed a type override: its record index in the chunk and its text.
    package private(set) var failure: (record: Int, text: String)?
    /// The first cell whose bytes are not valid UTF-8.
    package private(set) var invalidText: UnsafePointer<UInt8>?
    private var scratch: [UInt8] = []
    /// Repeated long cells share one string: this saves an allocation per cell and most of the
    /// memory of a key column. Turned off when a chunk holds too many distinct long texts.
    private var interner: ByteKeyTable? = ByteKeyTable()
    private var interned: [String] = []
    /// The expected number of cells, used to size buffers once instead of growing them.
    package var capacityHint = 0

    /// - Parameters:
    ///   - forced: the override type, or `nil` to infer; ``DataType/string`` also for text passes.
    ///   - skip: whether the column is ignored (text passes over other columns).
    package init(forced: DataType?, rules: CSVCellRules, skip: Bool = false) {
        self.forced = forced
        self.rules = rules
        if skip {
            mode = .skip
        } else {
            switch forced {
            case nil: mode = .pending
            case .int: mode = .int
            case .double: mode = .double
            case .bool: mode = .bool
            case .string: mode = .string
            case .money: mode = .money
            }
        }
    }

    /// The type built so far; `nil` while every cell has been missing.
    package var dataType: DataType? {
        switch mode {
        case .pending, .skip: forced
        case .int: .int
        case .double: .double
        case .bool: .bool
        case .string: .string
        case .money: .money
        }
    }

    @inline(__always)
    package mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int, quoted: Bool, escaped: Bool) {
        if mode == .skip || needsTextPass || failure != nil || invalidText != nil { return }
        if mode == .string {
            if !quoted && rules.isNull(p, n) { appendNil(); return }
            guard let string = text(p, n, escaped: escaped) else { invalidText = p; return }
            strings.append(string)
            count += 1
            return
        }
        // Quoted null spellings are text, except the empty string, which stays missing in
        // numeric and boolean columns.
        if (!quoted || n == 0) && rules.isNull(p, n) { appendNil(); return }
        switch mode {
        case .int, .double, .pending:
            let number = parseNumber(p, n)
            switch (mode, number) {
            case (.int, .int(let v)): ints.append(v)
            case (.double, .int(let v)): doubles.append(Double(v))
            case (.double, .double(let v)): doubles.append(v)
            case (.int, .double(let v)):
                if forced == .int { return fail(p, n, escaped) }
                doubles.reserveCapacity(Swift.max(capacityHint, ints.count + 1))
                doubles.append(contentsOf: ints.lazy.map(Double.init))
                ints = []
                doubles.append(v)
                mode = .double
            case (.pending, .int(let v)):
                ints = Array(repeating: 0, count: count)
                ints.reserveCapacity(capacityHint)
                ints.append(v)
                mode = .int
            case (.pending, .double(let v)):
                doubles = Array(repeating: 0, count: count)
                doubles.reserveCapacity(capacityHint)
                doubles.append(v)
                mode = .double
            case (.pending, _):
                if let b = parseBool(p, n) {
                    bools = Array(repeating: false, count: count)
                    bools.append(b)
                    mode = .bool
                } else if count == 0 {
                    guard let string = text(p, n, escaped: escaped) else { invalidText = p; return }
                    strings.reserveCapacity(capacityHint)
                    mode = .string
                    strings.append(string)
                } else {
                    needsTextPass = true
                    return
                }
            default:
                if forced != nil { return fail(p, n, escaped) }
                needsTextPass = true
                return
            }
        case .bool:
            guard let b = parseBool(p, n) else {
                if forced != nil { return fail(p, n, escaped) }
                needsTextPass = true
                return
            }
            bools.append(b)
        case .money:
            guard let text = makeFieldString(p, n, hasEscapedQuotes: escaped) else { invalidText = p; return }
            var value = Money(decimalText: text, multiplier: rules.moneyMultiplier)
            if value == nil, rules.normalizesFullWidth {
                let ok = NumberParser.normalizeFullWidth(p, n, into: &scratch)
                if ok { value = Money(decimalText: String(decoding: scratch, as: UTF8.self), multiplier: rules.moneyMultiplier) }
            }
            guard let value else { return fail(p, n, escaped) }
            money.append(value)
        case .string, .skip:
            return
        }
        count += 1
    }

    @inline(__always)
    private mutating func text(_ p: UnsafePointer<UInt8>, _ n: Int, escaped: Bool) -> String? {
        if escaped || n <= 15 || interner == nil { return makeFieldString(p, n, hasEscapedQuotes: escaped) }
        let (code, isNew) = interner!.code(p, n)
        if !isNew { return interned[Int(code)] }
        guard let string = makeFieldString(p, n, hasEscapedQuotes: false) else { return nil }
        interned.append(string)
        if interned.count > 1 << 16 {
            interner = nil
            interned = []
        }
        return string
    }

    private mutating func fail(_ p: UnsafePointer<UInt8>, _ n: Int, _ escaped: Bool) {
        guard let text = makeFieldString(p, n, hasEscapedQuotes: escaped) else { invalidText = p; return }
        failure = (count, text)
    }

    @inline(__always)
    private mutating func parseNumber(_ p: UnsafePointer<UInt8>, _ n: Int) -> ParsedNumber {
        let result = NumberParser.parse(p, n, allowsGrouping: rules.allowsGrouping)
        if result != .notNumber || !rules.normalizesFullWidth { return result }
        var hasHighByte = false
        for i in 0..<n where p[i] >= 0x80 { hasHighByte = true; break }
        guard hasHighByte, NumberParser.normalizeFullWidth(p, n, into: &scratch) else { return result }
        return scratch.withUnsafeBufferPointer {
            NumberParser.parse($0.baseAddress!, $0.count, allowsGrouping: rules.allowsGrouping)
        }
    }

    @inline(__always)
    private func parseBool(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool? {
        if n == 4 && (p[0] | 0x20) == 116 && (p[1] | 0x20) == 114 && (p[2] | 0x20) == 117 && (p[3] | 0x20) == 101 {
            return true
        }
        if n == 5 && (p[0] | 0x20) == 102 && (p[1] | 0x20) == 97 && (p[2] | 0x20) == 108
            && (p[3] | 0x20) == 115 && (p[4] | 0x20) == 101
        {
            return false
        }
        return nil
    }

    /// Sizes the buffer of an override type from ``capacityHint``.
    package mutating func reserveForForcedType() {
        switch mode {
        case .int: ints.reserveCapacity(capacityHint)
        case .double: doubles.reserveCapacity(capacityHint)
        case .bool: bools.reserveCapacity(capacityHint)
        case .string: strings.reserveCapacity(capacityHint)
        case .money: money.reserveCapacity(capacityHint)
        case .pending, .skip: break
        }
    }

    /// Records a missing cell.
    package mutating func appendNil() {
        nilRows.append(count)
        switch mode {
        case .int: ints.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .string: strings.append("")
        case .money: money.append(.zero)
        case .pending, .skip: break
        }
        count += 1
    }

    /// Pads a record that ended early.
    package mutating func appendMissing() {
        if mode == .skip || needsTextPass || failure != nil || invalidText != nil { return }
        appendNil()
    }
}

/// Sends tokenized fields to one builder per column.
package struct CSVBuilderSink: CSVFieldSink {
    package var builders: [CSVColumnBuilder]
    package var records = 0
    package var shortRecords = 0

    package init(builders: [CSVColumnBuilder]) { self.builders = builders }

    @inline(__always)
    package mutating func field(_ column: Int, _ start: UnsafePointer<UInt8>, _ count: Int, quoted: Bool, hasEscapedQuotes: Bool) {
        if column < builders.count {
            builders[column].append(start, count, quoted: quoted, escaped: hasEscapedQuotes)
        }
    }

    package mutating func endRecord(fieldCount: Int, offset: Int) throws(CSVTokenizer.Failure) {
        if fieldCount > builders.count {
            throw CSVTokenizer.Failure(kind: .tooManyFields(expected: builders.count, actual: fieldCount), offset: offset)
        }
        if fieldCount < builders.count {
            shortRecords += 1
            for c in fieldCount..<builders.count { builders[c].appendMissing() }
        }
        records += 1
    }
}
