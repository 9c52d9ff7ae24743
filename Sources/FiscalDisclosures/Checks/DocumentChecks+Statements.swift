import FiscalFrame

extension DocumentChecks {
    /// Shares stated in one paragraph: they never add up to more than 100% (±0.1), and when
    /// their figures make up a stated total (one of the stated facts of `facts`) they add up to
    /// 100% (±0.1).
    func checkShares(_ shares: [ShareStatement], facts all: [Fact], _ context: inout CheckContext) {
        var byParagraph: [Int: [ShareStatement]] = [:]
        var order: [Int] = []
        for s in shares where s.fact != nil {
            if byParagraph[s.paragraph] == nil { order.append(s.paragraph) }
            byParagraph[s.paragraph, default: []].append(s)
        }
        for paragraph in order {
            guard let group = byParagraph[paragraph], group.count >= 2 else { continue }
            let facts = group.compactMap(\.fact)
            let percentSum = group.reduce(0.0) { $0 + $1.percent }
            let valueSum = facts.reduce(0.0) { $0 + $1.value.doubleValue }
            let tolerance = tolerancePerTerm * Double(facts.count + 1)
            let makesTotal = all.contains { f in
                f.origin == .stated && f.year == facts[0].year && abs(f.value.doubleValue - valueSum) <= tolerance
                    && f.value.doubleValue > 0 && !facts.contains(f)
            }
            guard percentSum > 100.1 || (makesTotal && abs(percentSum - 100) > 0.1) else { continue }
            let list = group.map { PercentFormat.text($0.percent) + "%" }.joined(separator: " + ")
            context.findings.append(
                Finding(
                    check: "identity.shares", severity: .medium,
                    message: "Shares of one total add up to \(PercentFormat.text(percentSum))% (\(list)) instead of 100%",
                    expected: 100, actual: percentSum, source: context.extraction.source,
                    agency: context.extraction.identity.agency, year: facts.first?.year,
                    evidence: group.map { Evidence(source: context.extraction.source, line: $0.line, text: $0.evidence) }))
        }
    }

    /// "持平" next to a non-zero change in the same sentence.
    func checkFlatStatements(_ conflicts: [FlatConflict], _ context: inout CheckContext) {
        for c in conflicts {
            let change = c.change.doubleValue
            context.findings.append(
                Finding(
                    check: "statement.flat_with_change", severity: .medium,
                    message: "The text says 持平 (no change) for \(c.metric.isEmpty ? "a figure" : c.metric) but states a change of \(YuanFormat.signed(change))",
                    expected: 0, actual: change, source: context.extraction.source,
                    agency: context.extraction.identity.agency, year: context.extraction.identity.year,
                    evidence: [Evidence(source: context.extraction.source, line: c.line, text: c.evidence)]))
        }
    }

    /// A money figure stated in 元 among figures stated in 万元 whose size fits 万元 (e.g.
    /// "公务接待费1.58元"): likely a unit typo, 10⁴ off.
    func checkMagnitude(_ facts: [Fact], _ context: inout CheckContext) {
        var tenThousands = 0
        var yuan: [Fact] = []
        for i in facts.indices where facts[i].origin == .stated {
            if facts[i].unit == "万元" { tenThousands += 1 } else if facts[i].unit == "元" { yuan.append(facts[i]) }
        }
        guard tenThousands >= 3, tenThousands > 2 * yuan.count else { return }
        for f in yuan {
            guard case .money(let m) = f.value, m.fen > 0, m.yuan < 1_000 else { continue }
            let rescaled = m.yuan * 10_000
            context.add(
                "magnitude.unit", .medium,
                "\(f.metric) is stated as \(m) 元 while the document's other figures are in 万元; "
                    + "as 万元 it would be \(YuanFormat.text(rescaled)) yuan",
                expected: rescaled, actual: m.yuan, facts: [f])
        }
    }
}

/// Yuan amounts for people: thousands grouped with commas, at most two decimals, no exponent.
enum YuanFormat {
    /// `value` rounded to the fen: `"1,234,567.5"`, `"-0.05"`, `"0"`.
    ///
    /// - Parameters:
    ///   - value: an amount in yuan (finite, within ±9.2×10¹⁶).
    ///   - groupsThousands: whether to separate groups of three digits with commas.
    /// - Returns: the digits, written straight into the string's storage.
    static func text(_ value: Double, groupsThousands: Bool = true) -> String {
        let fen = Int64((value * 100).rounded())
        let magnitude = fen.magnitude
        // At most 20 digits, 6 commas, a sign, a point and two decimals: written backwards.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            func put(digit: UInt64) { put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digit)) }
            let cents = magnitude % 100
            if cents != 0 {
                if cents % 10 != 0 { put(digit: cents % 10) }
                put(digit: cents / 10)
                put(UInt8(ascii: "."))
            }
            var whole = magnitude / 100
            var digits = 0
            repeat {
                if groupsThousands && digits > 0 && digits % 3 == 0 { put(UInt8(ascii: ",")) }
                put(digit: whole % 10)
                whole /= 10
                digits += 1
            } while whole > 0
            if fen < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// `text(value)` with a `+` before positive amounts.
    static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + text(value) }
}

/// Percentages for people: at most two decimals, no exponent.
enum PercentFormat {
    static func text(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        let cents = m % 100
        if cents == 0 { return sign + String(m / 100) }
        return sign + String(m / 100) + "." + (cents < 10 ? "0\(cents)" : (cents % 10 == 0 ? "\(cents / 10)" : "\(cents)"))
    }
}
