/// How a join treats rows without a match.
public enum JoinKind: String, Sendable, Hashable, CaseIterable {
    /// Matching pairs only.
    case inner
    /// Every left row; right cells missing where nothing matches.
    case left
    /// Every right row; left cells missing where nothing matches.
    case right
    /// Every row of both sides.
    case full
    /// Left rows that have a match (left columns only, each row once).
    case semi
    /// Left rows that have no match (left columns only).
    case anti
}

extension DataFrame {
    /// Joins `right` to this frame on equal values of the `on` columns, which both frames hold.
    ///
    /// Output order: for inner, left, semi and anti joins, left rows in order, each followed by
    /// its matches in right order; a right join is ordered by right rows; a full join appends
    /// the unmatched right rows after the left join. The key columns come first once (from
    /// whichever side has the row), then the other left columns, then the other right columns,
    /// renamed with `rightSuffix` where they clash. Rows whose key has a missing cell match
    /// nothing, as in SQL.
    ///
    /// The join hashes the keys of both sides into one factorization, buckets the build side
    /// by code with a counting sort and probes the other side.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, ``FrameError/typeMismatch(column:expected:actual:)``
    ///   when key types differ (integer and double keys are compared as doubles), or
    ///   ``FrameError/invalidArgument(_:)`` when `on` is empty.
    /// - Complexity: O(n + m + output) expected.
    public func joined(
        _ right: DataFrame, on keys: [String], kind: JoinKind = .inner, rightSuffix: String = "_right"
    ) throws -> DataFrame {
        guard !keys.isEmpty else { throw FrameError.invalidArgument("a join needs at least one key column") }
        let nLeft = rowCount, nRight = right.rowCount
        var combinedKeys: [AnyColumn] = []
        for key in keys {
            let l = try column(named: key), r = try right.column(named: key)
            if l.dataType != r.dataType && !(l.dataType.isNumeric && r.dataType.isNumeric && l.dataType != .money && r.dataType != .money) {
                throw FrameError.typeMismatch(column: key, expected: l.dataType.rawValue, actual: r.dataType)
            }
            combinedKeys.append(try DataFrame.concatenate([l, r], name: key))
        }
        let codes: [Int32]
        let codeCount: Int
        if nLeft + nRight == 0 {
            codes = []
            codeCount = 0
        } else {
            let f = Factorization(columns: combinedKeys)
            codes = f.codes
            codeCount = f.count
        }
        var hasNilKey = [Bool](repeating: false, count: nLeft + nRight)
        for k in combinedKeys {
            if let validity = k.validity { for i in validity.indices where !validity[i] { hasNilKey[i] = true } }
        }

        // Bucket one side by code, probe with the other.
        let buildIsLeft = kind == .right
        let buildRange = buildIsLeft ? 0..<nLeft : nLeft..<(nLeft + nRight)
        var start = [Int](repeating: 0, count: codeCount + 1)
        for i in buildRange where !hasNilKey[i] { start[Int(codes[i]) + 1] += 1 }
        for g in 0..<codeCount { start[g + 1] += start[g] }
        var cursor = start
        var bucket = [Int](repeating: 0, count: buildRange.count)
        for i in buildRange where !hasNilKey[i] {
            let g = Int(codes[i])
            bucket[cursor[g]] = i - buildRange.lowerBound
            cursor[g] += 1
        }

        var leftRows: [Int] = [], rightRows: [Int] = []
        leftRows.reserveCapacity(max(nLeft, nRight))
        rightRows.reserveCapacity(max(nLeft, nRight))
        let probeCount = buildIsLeft ? nRight : nLeft
        let probeOffset = buildIsLeft ? nLeft : 0
        var matchedBuild = [Bool](repeating: false, count: buildRange.count)
        for p in 0..<probeCount {
            let i = probeOffset + p
            let matches = hasNilKey[i] ? 0..<0 : start[Int(codes[i])]..<start[Int(codes[i]) + 1]
            switch kind {
            case .semi: if !matches.isEmpty { leftRows.append(p) }
            case .anti: if matches.isEmpty { leftRows.append(p) }
            default:
                if matches.isEmpty {
                    if kind != .inner {
                        if buildIsLeft { leftRows.append(-1); rightRows.append(p) } else { leftRows.append(p); rightRows.append(-1) }
                    }
                } else {
                    for m in matches {
                        let b = bucket[m]
                        matchedBuild[b] = true
                        if buildIsLeft { leftRows.append(b); rightRows.append(p) } else { leftRows.append(p); rightRows.append(b) }
                    }
                }
            }
        }
        if kind == .semi || kind == .anti { return gatheringRows(leftRows) }
        if kind == .full {
            for b in 0..<nRight where !matchedBuild[b] { leftRows.append(-1); rightRows.append(b) }
        }

        // Assemble: keys from whichever side has the row.
        var out: [AnyColumn] = []
        let keyRows = zip(leftRows, rightRows).map { l, r in l >= 0 ? l : nLeft + r }
        for key in combinedKeys { out.append(key.gathered(keyRows)) }
        let keySet = Set(keys)
        let leftNames = Set(columnNames)
        for c in columns where !keySet.contains(c.name) { out.append(c.gathered(leftRows)) }
        var used = Set(out.map(\.name))
        for c in right.columns where !keySet.contains(c.name) {
            var g = c.gathered(rightRows)
            if leftNames.contains(c.name) || used.contains(c.name) {
                var candidate = c.name + rightSuffix
                var k = 2
                while used.contains(candidate) { candidate = c.name + rightSuffix + "\(k)"; k += 1 }
                g.name = candidate
            }
            used.insert(g.name)
            out.append(g)
        }
        return DataFrame(uncheckedColumns: out)
    }

    /// Joins on one key column (see ``joined(_:on:kind:rightSuffix:)-([String])``).
    public func joined(_ right: DataFrame, on key: String, kind: JoinKind = .inner) throws -> DataFrame {
        try joined(right, on: [key], kind: kind)
    }
}
