/// Per-group reductions over dense group codes.
struct GroupKernel {
    let codes: [Int32]
    let groupCount: Int

    func sizes() -> [Int] {
        var out = [Int](repeating: 0, count: groupCount)
        for c in codes { out[Int(c)] += 1 }
        return out
    }

    func reduce(_ column: AnyColumn, _ function: AggregateFunction) throws -> AnyColumn {
        let name = column.name
        switch function {
        case .size:
            return .int(Column(name: name, values: sizes()))
        case .count:
            return .int(Column(name: name, values: presentCounts(column.validity)))
        case .sum:
            switch column {
            case .int(let c): return .int(Column(name: name, values: try exactSums(c.values, c.validity, name: name) { Int64($0) }))
            case .money(let c):
                return .money(Column(name: name, values: try exactSums(c.values, c.validity, name: name) { $0.fen }.map { Money(fen: Int64($0)) }))
            case .bool(let c): return .int(Column(name: name, values: try exactSums(c.values, c.validity, name: name) { $0 ? 1 : 0 }))
            case .double(let c): return .double(Column(name: name, values: doubleSums(c.values, c.validity)))
            case .string: throw FrameError.typeMismatch(column: name, expected: "numbers", actual: .string)
            }
        case .mean, .std, .variance:
            let (values, validity) = try doubles(column)
            let moments = self.moments(values, validity)
            var out = [Double?]()
            out.reserveCapacity(groupCount)
            for g in 0..<groupCount {
                let n = moments.counts[g]
                switch function {
                case .mean: out.append(n > 0 ? moments.means[g] : nil)
                case .variance: out.append(n > 1 ? moments.m2[g] / Double(n - 1) : nil)
                default: out.append(n > 1 ? (moments.m2[g] / Double(n - 1)).squareRoot() : nil)
                }
            }
            return .double(Column(name: name, out))
        case .median, .quantile:
            let q: Double
            if case .quantile(let p) = function { q = p } else { q = 0.5 }
            guard (0...1).contains(q) else { throw FrameError.invalidArgument("quantile \(q) is outside 0...1") }
            let (values, validity) = try doubles(column)
            return .double(Column(name: name, quantiles(values, validity, q)))
        case .min, .max:
            return extremeRows(column, wantsMax: function == .max)
        case .first, .last:
            var rows = [Int](repeating: -1, count: groupCount)
            for i in codes.indices where !column.isNil(at: i) {
                let g = Int(codes[i])
                if function == .last || rows[g] < 0 { rows[g] = i }
            }
            return column.gathered(rows)
        case .distinctCount:
            let pairs = Factorization(columns: [.int(Column(name: "", values: codes.map { Int($0) })), column])
            var seen = [Bool](repeating: false, count: pairs.count)
            var out = [Int](repeating: 0, count: groupCount)
            for i in codes.indices where !column.isNil(at: i) {
                let p = Int(pairs.codes[i])
                if !seen[p] { seen[p] = true; out[Int(codes[i])] += 1 }
            }
            return .int(Column(name: name, values: out))
        }
    }

    private func presentCounts(_ validity: [Bool]?) -> [Int] {
        guard let validity else { return sizes() }
        var out = [Int](repeating: 0, count: groupCount)
        for i in codes.indices where validity[i] { out[Int(codes[i])] += 1 }
        return out
    }

    private func exactSums<T>(_ values: [T], _ validity: [Bool]?, name: String, _ key: (T) -> Int64) throws -> [Int] {
        var sums = [Int64](repeating: 0, count: groupCount)
        for i in values.indices {
            if let validity, !validity[i] { continue }
            let g = Int(codes[i])
            let (s, overflow) = sums[g].addingReportingOverflow(key(values[i]))
            if overflow { throw FrameError.overflow(column: name) }
            sums[g] = s
        }
        return sums.map { Int($0) }
    }

    /// Neumaier-compensated sums.
    private func doubleSums(_ values: [Double], _ validity: [Bool]?) -> [Double] {
        var sums = [Double](repeating: 0, count: groupCount)
        var compensation = [Double](repeating: 0, count: groupCount)
        values.withUnsafeBufferPointer { v in
            codes.withUnsafeBufferPointer { c in
                sums.withUnsafeMutableBufferPointer { s in
                    compensation.withUnsafeMutableBufferPointer { e in
                        for i in 0..<v.count {
                            if let validity, !validity[i] { continue }
                            let g = Int(c[i])
                            let x = v[i]
                            let t = s[g] + x
                            if abs(s[g]) >= abs(x) { e[g] += (s[g] - t) + x } else { e[g] += (x - t) + s[g] }
                            s[g] = t
                        }
                    }
                }
            }
        }
        for g in 0..<groupCount where compensation[g].isFinite { sums[g] += compensation[g] }
        return sums
    }

    private func doubles(_ column: AnyColumn) throws -> ([Double], [Bool]?) {
        switch column {
        case .double(let c): return (c.values, c.validity)
        case .int(let c): return (c.values.map(Double.init), c.validity)
        case .money(let c): return (c.values.map(\.yuan), c.validity)
        case .bool(let c): return (c.values.map { $0 ? 1 : 0 }, c.validity)
        case .string: throw FrameError.typeMismatch(column: column.name, expected: "numbers", actual: .string)
        }
    }

    /// Counts, means and sums of squared deviations by Welford's update.
    private func moments(_ values: [Double], _ validity: [Bool]?) -> (counts: [Int], means: [Double], m2: [Double]) {
        var counts = [Int](repeating: 0, count: groupCount)
        var means = [Double](repeating: 0, count: groupCount)
        var m2 = [Double](repeating: 0, count: groupCount)
        for i in values.indices {
            if let validity, !validity[i] { continue }
            let g = Int(codes[i])
            counts[g] += 1
            let delta = values[i] - means[g]
            means[g] += delta / Double(counts[g])
            m2[g] += delta * (values[i] - means[g])
        }
        return (counts, means, m2)
    }

    private func quantiles(_ values: [Double], _ validity: [Bool]?, _ q: Double) -> [Double?] {
        var buckets = [[Double]](repeating: [], count: groupCount)
        for i in values.indices {
            if let validity, !validity[i] { continue }
            buckets[Int(codes[i])].append(values[i])
        }
        return buckets.map { bucket in
            var sorted = bucket
            sorted.sort { $0 < $1 || (!$0.isNaN && $1.isNaN) }
            return Quantile.linear(sorted, q)
        }
    }

    private func extremeRows(_ column: AnyColumn, wantsMax: Bool) -> AnyColumn {
        var rows = [Int](repeating: -1, count: groupCount)
        for i in codes.indices {
            guard let value = column[i] else { continue }
            let g = Int(codes[i])
            if rows[g] < 0 { rows[g] = i; continue }
            guard let current = column[rows[g]], let order = value.compare(to: current) else { continue }
            if wantsMax ? order == .greater : order == .less { rows[g] = i }
        }
        return column.gathered(rows)
    }
}

/// Quantiles of sorted data.
package enum Quantile {
    /// The `q` quantile of ascending `sorted` values by linear interpolation between the order
    /// statistics at positions ⌊h⌋ and ⌈h⌉ with h = (n − 1)·q; `nil` when empty.
    package static func linear(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = Swift.min(lo + 1, sorted.count - 1)
        let fraction = h - Double(lo)
        if fraction == 0 { return sorted[lo] }
        return sorted[lo] + fraction * (sorted[hi] - sorted[lo])
    }
}

extension Factorization {
    /// The factorization of zero rows.
    package static var empty: Factorization {
        Factorization(columns: [.int(Column(name: "", values: []))])
    }
}
