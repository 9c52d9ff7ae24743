/// Dense integer codes for the distinct keys of one or more columns, in first-seen order.
///
/// Group-by, joins, pivots, value counts and window operations all start here. A missing cell
/// is a key of its own (it forms its own group); NaN keys form one group; `-0.0` and `0.0` are
/// one key.
package struct Factorization: Sendable {
    /// `codes[row]` is the key's code, `0..<count`.
    package var codes: [Int32]
    /// The number of distinct keys.
    package var count: Int
    /// `firstRows[code]` is the first row holding that key.
    package var firstRows: [Int]

    /// Factorizes the keys formed by `columns` (all of equal length). Callers check that there
    /// is at least one key column; with none, the result has no rows.
    ///
    /// - Complexity: O(n) expected; text keys are hashed on two threads when n is large.
    package init(columns: [AnyColumn]) {
        guard let first = columns.first else {
            self.init(codes: [], count: 0, firstRows: [])
            return
        }
        var result = Factorization(column: first)
        for column in columns.dropFirst() {
            let next = Factorization(column: column)
            result = result.combined(with: next)
        }
        self = result
    }

    private init(codes: [Int32], count: Int, firstRows: [Int]) {
        self.codes = codes
        self.count = count
        self.firstRows = firstRows
    }

    private init(column: AnyColumn) {
        switch column {
        case .int(let c): self = Factorization.hashed(c.values, validity: c.validity) { UInt64(bitPattern: Int64($0)) }
        case .double(let c):
            self = Factorization.hashed(c.values, validity: c.validity) { v -> UInt64 in
                if v.isNaN { return 0x7FF8_0000_0000_0000 }
                return v == 0 ? 0 : v.bitPattern
            }
        case .money(let c): self = Factorization.hashed(c.values, validity: c.validity) { UInt64(bitPattern: $0.fen) }
        case .bool(let c): self = Factorization.hashed(c.values, validity: c.validity) { $0 ? 1 : 0 }
        case .string(let c): self = Factorization.strings(c)
        }
    }

    /// Sequential first-seen hashing of 64-bit images of the values.
    private static func hashed<T>(_ values: [T], validity: [Bool]?, key: (T) -> UInt64) -> Factorization {
        var table = IntKeyTable()
        var tableToCode: [Int32] = []
        var codes = [Int32](repeating: 0, count: values.count)
        var firstRows: [Int] = []
        var nilCode: Int32 = -1
        values.withUnsafeBufferPointer { v in
            codes.withUnsafeMutableBufferPointer { out in
                for i in 0..<v.count {
                    if let validity, !validity[i] {
                        if nilCode < 0 { nilCode = Int32(firstRows.count); firstRows.append(i) }
                        out[i] = nilCode
                        continue
                    }
                    let (t, isNew) = table.code(key(v[i]))
                    if isNew { tableToCode.append(Int32(firstRows.count)); firstRows.append(i) }
                    out[i] = tableToCode[Int(t)]
                }
            }
        }
        return Factorization(codes: codes, count: firstRows.count, firstRows: firstRows)
    }

    /// First-seen codes of text cells over `range` (codes relative to the block), hashing
    /// UTF-8 bytes; `firstRows` are absolute.
    private static func localStrings(_ column: Column<String>, _ range: Range<Int>) -> (codes: [Int32], firstRows: [Int]) {
        var table = ByteKeyTable()
        var tableToCode: [Int32] = []
        var codes = [Int32](repeating: 0, count: range.count)
        var firstRows: [Int] = []
        var nilCode: Int32 = -1
        let validity = column.validity
        column.values.withUnsafeBufferPointer { v in
            for i in range {
                if let validity, !validity[i] {
                    if nilCode < 0 { nilCode = Int32(firstRows.count); firstRows.append(i) }
                    codes[i - range.lowerBound] = nilCode
                    continue
                }
                let (t, isNew) = table.code(v[i])
                if isNew { tableToCode.append(Int32(firstRows.count)); firstRows.append(i) }
                codes[i - range.lowerBound] = tableToCode[Int(t)]
            }
        }
        return (codes, firstRows)
    }

    /// Text keys: each thread hashes a contiguous block, then the block codes are merged in
    /// block order so codes stay first-seen.
    private static func strings(_ column: Column<String>) -> Factorization {
        let n = column.count
        let threads = n < 200_000 ? 1 : ProcessorCount.online
        let ranges = (0..<threads).map { k in (n * k / threads)..<(n * (k + 1) / threads) }
        if threads == 1 {
            let local = localStrings(column, 0..<n)
            return Factorization(codes: local.codes, count: local.firstRows.count, firstRows: local.firstRows)
        }
        let input = UncheckedBox(column)
        let parts = parallelMap(threads) { k in UncheckedBox(localStrings(input.value, ranges[k])) }.map(\.value)
        var global = ByteKeyTable()
        var tableToCode: [Int32] = []
        var nilCode: Int32 = -1
        var firstRows: [Int] = []
        var codes = [Int32](repeating: 0, count: n)
        for (k, part) in parts.enumerated() {
            var remap = [Int32](repeating: 0, count: part.firstRows.count)
            for (local, row) in part.firstRows.enumerated() {
                if column.isNil(at: row) {
                    if nilCode < 0 { nilCode = Int32(firstRows.count); firstRows.append(row) }
                    remap[local] = nilCode
                    continue
                }
                let (t, isNew) = global.code(column.values[row])
                if isNew { tableToCode.append(Int32(firstRows.count)); firstRows.append(row) }
                remap[local] = tableToCode[Int(t)]
            }
            let offset = ranges[k].lowerBound
            remap.withUnsafeBufferPointer { map in
                codes.withUnsafeMutableBufferPointer { out in
                    for (i, c) in part.codes.enumerated() { out[offset + i] = map[Int(c)] }
                }
            }
        }
        return Factorization(codes: codes, count: firstRows.count, firstRows: firstRows)
    }

    /// The factorization of key pairs (self, other).
    private func combined(with other: Factorization) -> Factorization {
        var table = IntKeyTable()
        var codes = [Int32](repeating: 0, count: self.codes.count)
        var firstRows: [Int] = []
        for i in codes.indices {
            let key = UInt64(UInt32(bitPattern: self.codes[i])) << 32 | UInt64(UInt32(bitPattern: other.codes[i]))
            let (code, isNew) = table.code(key)
            if isNew { firstRows.append(i) }
            codes[i] = code
        }
        return Factorization(codes: codes, count: firstRows.count, firstRows: firstRows)
    }

    /// Row indices grouped by code: `rows[offsets[g]..<offsets[g + 1]]` are group `g`'s rows in
    /// frame order (a stable counting sort).
    package func groupedRows() -> (offsets: [Int], rows: [Int]) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for c in codes { offsets[Int(c) + 1] += 1 }
        for g in 0..<count { offsets[g + 1] += offsets[g] }
        var cursor = offsets
        var rows = [Int](repeating: 0, count: codes.count)
        for (i, c) in codes.enumerated() {
            rows[cursor[Int(c)]] = i
            cursor[Int(c)] += 1
        }
        return (offsets, rows)
    }
}
