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

    /// Factorizes the keys formed by `columns` (all of equal length).
    ///
    /// - Complexity: O(n) expected; text keys are hashed on two threads when n is large.
    package init(columns: [AnyColumn]) {
        precondition(!columns.isEmpty, "factorization needs a key column")
        var result = Factorization(column: columns[0])
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
        case .int(let c): self = Factorization.hashed(c.values, validity: c.validity) { $0 }
        case .double(let c):
            self = Factorization.hashed(c.values, validity: c.validity) { v -> UInt64 in
                if v.isNaN { return 0x7FF8_0000_0000_0000 }
                return v == 0 ? 0 : v.bitPattern
            }
        case .money(let c): self = Factorization.hashed(c.values, validity: c.validity) { $0.fen }
        case .bool(let c): self = Factorization.hashed(c.values, validity: c.validity) { $0 }
        case .string(let c): self = Factorization.strings(c)
        }
    }

    /// Sequential first-seen hashing of `key(value)`.
    private static func hashed<T, K: Hashable>(_ values: [T], validity: [Bool]?, key: (T) -> K) -> Factorization {
        var table: [K: Int32] = [:]
        var codes = [Int32](repeating: 0, count: values.count)
        var firstRows: [Int] = []
        var nilCode: Int32 = -1
        for i in values.indices {
            if let validity, !validity[i] {
                if nilCode < 0 { nilCode = Int32(firstRows.count); firstRows.append(i) }
                codes[i] = nilCode
                continue
            }
            let k = key(values[i])
            if let code = table[k] {
                codes[i] = code
            } else {
                let code = Int32(firstRows.count)
                table[k] = code
                firstRows.append(i)
                codes[i] = code
            }
        }
        return Factorization(codes: codes, count: firstRows.count, firstRows: firstRows)
    }

    /// Text keys: each thread hashes a contiguous block, then the local codes are merged in
    /// block order so codes stay first-seen.
    private static func strings(_ column: Column<String>) -> Factorization {
        let n = column.count
        let threads = n < 200_000 ? 1 : ProcessorCount.online
        if threads == 1 { return hashed(column.values, validity: column.validity) { $0 } }
        let ranges = (0..<threads).map { k in (n * k / threads)..<(n * (k + 1) / threads) }
        let input = UncheckedBox(column)
        let parts = parallelMap(threads) { k -> UncheckedBox<(Factorization, [String?])> in
            let column = input.value
            let range = ranges[k]
            let local = hashed(Array(column.values[range]), validity: column.validity.map { Array($0[range]) }) { $0 }
            let keys = local.firstRows.map { column[range.lowerBound + $0] }
            return UncheckedBox((local, keys))
        }.map(\.value)
        var table: [String: Int32] = [:]
        var nilCode: Int32 = -1
        var firstRows: [Int] = []
        var codes = [Int32](repeating: 0, count: n)
        for (k, (local, keys)) in parts.enumerated() {
            let offset = ranges[k].lowerBound
            var remap = [Int32](repeating: 0, count: local.count)
            for (localCode, key) in keys.enumerated() {
                if let key {
                    if let code = table[key] { remap[localCode] = code; continue }
                    let code = Int32(firstRows.count)
                    table[key] = code
                    remap[localCode] = code
                } else {
                    if nilCode >= 0 { remap[localCode] = nilCode; continue }
                    nilCode = Int32(firstRows.count)
                    remap[localCode] = nilCode
                }
                firstRows.append(offset + local.firstRows[localCode])
            }
            remap.withUnsafeBufferPointer { map in
                codes.withUnsafeMutableBufferPointer { out in
                    for (i, c) in local.codes.enumerated() { out[offset + i] = map[Int(c)] }
                }
            }
        }
        return Factorization(codes: codes, count: firstRows.count, firstRows: firstRows)
    }

    /// The factorization of key pairs (self, other).
    private func combined(with other: Factorization) -> Factorization {
        var table: [Int: Int32] = [:]
        var codes = [Int32](repeating: 0, count: self.codes.count)
        var firstRows: [Int] = []
        let width = other.count
        for i in codes.indices {
            let key = Int(self.codes[i]) * width + Int(other.codes[i])
            if let code = table[key] {
                codes[i] = code
            } else {
                let code = Int32(firstRows.count)
                table[key] = code
                firstRows.append(i)
                codes[i] = code
            }
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
