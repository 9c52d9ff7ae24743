/// One key of a sort: a column and a direction.
public struct SortKey: Sendable, Hashable {
    /// The column to sort by.
    public var column: String
    /// Whether smaller values come first.
    public var ascending: Bool

    /// Creates a sort key.
    public init(_ column: String, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }

    /// Parses `name` (ascending) or `-name` (descending).
    public init(spelling: String) {
        if spelling.hasPrefix("-") && spelling.count > 1 {
            self.init(String(spelling.dropFirst()), ascending: false)
        } else {
            self.init(spelling.hasPrefix("+") ? String(spelling.dropFirst()) : spelling)
        }
    }
}

extension DataFrame {
    /// The frame sorted by `keys`, stably: rows with equal keys keep their order. Missing cells
    /// sort last in either direction; NaN sorts after every number (before missing cells).
    ///
    /// A single numeric key is sorted by a least-significant-digit radix sort on 16-bit digits
    /// of an order-preserving 64-bit image of the values; other keys by a comparison sort of
    /// row indices with the row index as final tie-break.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    /// - Complexity: O(n) for one numeric key, O(n log n) otherwise.
    public func sorted(by keys: [SortKey]) throws -> DataFrame {
        gatheringRows(try sortedRowIndices(by: keys))
    }

    /// The frame sorted by one column.
    public func sorted(by column: String, ascending: Bool = true) throws -> DataFrame {
        try sorted(by: [SortKey(column, ascending: ascending)])
    }

    /// The row order that sorts the frame by `keys` (see ``sorted(by:)-([SortKey])``).
    public func sortedRowIndices(by keys: [SortKey]) throws -> [Int] {
        let resolved = try keys.map { (try column(named: $0.column), $0.ascending) }
        if resolved.isEmpty { return Array(0..<rowCount) }
        if resolved.count == 1, let image = Self.orderImage(resolved[0].0, ascending: resolved[0].1) {
            return Self.radixOrder(image, validity: resolved[0].0.validity)
        }
        let columns = resolved
        var order = Array(0..<rowCount)
        order.sort { a, b in
            for (column, ascending) in columns {
                let x = column[a], y = column[b]
                switch (x, y) {
                case (nil, nil): continue
                case (nil, _): return false
                case (_, nil): return true
                case let (x?, y?):
                    switch x.compare(to: y) ?? .equal {
                    case .equal: continue
                    case .less: return ascending
                    case .greater: return !ascending
                    }
                }
            }
            return a < b
        }
        return order
    }

    /// Unsigned keys whose order is the wanted order of present cells.
    private static func orderImage(_ column: AnyColumn, ascending: Bool) -> [UInt64]? {
        var image: [UInt64]
        switch column {
        case .int(let c): image = c.values.map { UInt64(bitPattern: Int64($0)) ^ (1 << 63) }
        case .money(let c): image = c.values.map { UInt64(bitPattern: $0.fen) ^ (1 << 63) }
        case .double(let c):
            image = c.values.map { v in
                if v.isNaN { return UInt64.max }
                let bits = (v == 0 ? 0.0 : v).bitPattern
                return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
            }
            if !ascending {
                // NaN stays after every number when descending.
                return image.map { $0 == .max ? .max : ~$0 &- 1 }
            }
            return image
        case .bool(let c): image = c.values.map { $0 ? 1 : 0 }
        case .string: return nil
        }
        if !ascending { image = image.map { ~$0 } }
        return image
    }

    /// Stable LSD radix sort of row indices by `keys`; missing rows go last in row order.
    ///
    /// Six passes of 11-bit digits over (key, row) pairs kept side by side, so every pass reads
    /// sequentially and scatters into 2,048 buckets; the digit histograms of all passes come
    /// from one initial scan, and passes where every key shares the digit are skipped.
    private static func radixOrder(_ keys: [UInt64], validity: [Bool]?) -> [Int] {
        var missing: [Int] = []
        let n = keys.count - (validity?.reduce(0) { $0 + ($1 ? 0 : 1) } ?? 0)
        let keyA = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, n))
        let keyB = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, n))
        let rowA = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, n))
        let rowB = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, n))
        let radix = 1 << 11, passes = 6
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: radix * passes)
        defer { keyA.deallocate(); keyB.deallocate(); rowA.deallocate(); rowB.deallocate(); counts.deallocate() }
        counts.initialize(repeating: 0)
        var m = 0
        for i in keys.indices {
            if let validity, !validity[i] { missing.append(i); continue }
            let key = keys[i]
            keyA[m] = key
            rowA[m] = i
            m += 1
            for pass in 0..<passes { counts[pass * radix + Int((key &>> UInt64(pass * 11)) & 0x7FF)] &+= 1 }
        }
        var (srcKey, srcRow, dstKey, dstRow) = (keyA, rowA, keyB, rowB)
        for pass in 0..<passes {
            let base = pass * radix
            var trivial = false
            for d in 0..<radix where counts[base + d] == n { trivial = true; break }
            if trivial { continue }
            var total = 0
            for d in 0..<radix {
                let c = counts[base + d]
                counts[base + d] = total
                total &+= c
            }
            let shift = UInt64(pass * 11)
            for i in 0..<n {
                let key = srcKey[i]
                let d = base + Int((key &>> shift) & 0x7FF)
                let to = counts[d]
                dstKey[to] = key
                dstRow[to] = srcRow[i]
                counts[d] = to &+ 1
            }
            swap(&srcKey, &dstKey)
            swap(&srcRow, &dstRow)
        }
        var order = Array(srcRow[0..<n])
        order.append(contentsOf: missing)
        return order
    }
}
