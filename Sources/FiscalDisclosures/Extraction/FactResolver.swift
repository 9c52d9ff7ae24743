import FiscalFrame

/// Turns what the scanners collected into the document's facts: derives prior-year and budget
/// figures from change statements, sums staff counts stated only by their parts, and keeps one
/// fact per metric, category, year, kind and origin unless the document states conflicting values.
enum FactResolver {
    /// Resolves `records` in place: derived facts are appended, duplicates dropped, conflicts
    /// reported as diagnostics.
    static func resolve(_ records: inout ExtractionRecords, source: String) {
        for i in records.shares.indices where records.shares[i].factIndex < records.facts.count {
            records.shares[i].fact = records.facts[records.shares[i].factIndex]
        }
        deriveFromChanges(&records)
        sumStaffParts(&records)
        deduplicate(&records, source: source)
    }

    /// "较2016年减少0.13万元": the base is this year's value minus the change (VOCABULARY §3).
    static func deriveFromChanges(_ records: inout ExtractionRecords) {
        var derived: [Fact] = []
        for change in records.changes {
            guard let baseYear = change.baseYear else { continue }
            if baseYear == change.year && change.baseKind == change.kind { continue }
            let current: Fact?
            if let index = change.factIndex, records.facts[index].metric == change.metric,
                records.facts[index].category == change.category
            {
                current = records.facts[index]
            } else {
                current = records.facts.first {
                    $0.metric == change.metric && $0.category == change.category && $0.year == change.year
                        && $0.kind == change.kind && $0.origin == .stated
                }
            }
            guard let current else { continue }
            let value: FactValue
            switch (current.value, change.delta) {
            case (.money(let m), .money(let d)): value = .money(m - d)
            case (.count(let c), .count(let d)): value = .count(c - d)
            case (.money(let m), .count(0)): value = .money(m)
            default: continue
            }
            if value.doubleValue < 0 { continue }
            derived.append(
                Fact(
                    metric: change.metric, category: change.category, value: value, unit: current.unit,
                    year: baseYear, kind: change.baseKind, origin: .derived, source: current.source,
                    line: change.line, evidence: change.evidence, note: change.isFlat ? "持平" : nil))
        }
        records.facts += derived
    }

    /// "实有行政在职人员9人，行政附属人员1人": the total is the sum of the parts when no total
    /// is stated.
    static func sumStaffParts(_ records: inout ExtractionRecords) {
        for metric in staffMetrics {
            let parts = records.facts.filter { $0.metric == metric && $0.category != nil && $0.origin == .stated }
            guard !parts.isEmpty else { continue }
            var groups: [[Fact]] = []
            var keys: [YearAndKind] = []
            for p in parts {
                let key = YearAndKind(p)
                if let g = keys.firstIndex(of: key) {
                    groups[g].append(p)
                } else {
                    keys.append(key)
                    groups.append([p])
                }
            }
            for group in groups {
                guard let first = group.first else { continue }
                let hasTotal = records.facts.contains {
                    $0.metric == metric && $0.category == nil && $0.year == first.year && $0.kind == first.kind
                }
                if hasTotal { continue }
                var seen: Set<TextKey> = []
                var total = 0
                for p in group where seen.insert(TextKey(p.category ?? "")).inserted {
                    if case .count(let c) = p.value { total += c }
                }
                records.facts.append(
                    Fact(
                        metric: metric, value: .count(total), unit: first.unit, year: first.year, kind: first.kind,
                        origin: .derived, source: first.source, line: first.line, evidence: first.evidence,
                        note: "sum of " + group.compactMap(\.category).joined(separator: " + ")))
            }
        }
    }

    /// The staff counts stated by their parts.
    private static let staffMetrics = ["staff_actual", "staff_authorized"]

    /// Keeps the first fact of each key; a different value for the same key is kept too, with
    /// a diagnostic.
    ///
    /// - Complexity: O(n) hash lookups for n facts (plus the values already kept under a key
    ///   that recurs).
    static func deduplicate(_ records: inout ExtractionRecords, source: String) {
        // The first kept fact of each key, and for each kept fact the next one of its key (-1: none).
        var firstByKey: [FactKey: Int] = [:]
        firstByKey.reserveCapacity(records.facts.count)
        var nextOfKey: [Int] = []
        var kept: [Fact] = []
        kept.reserveCapacity(records.facts.count)
        nextOfKey.reserveCapacity(records.facts.count)
        for fact in records.facts {
            let key = FactKey(fact)
            if let first = firstByKey[key] {
                var last = first
                var isRepeated = kept[first].value == fact.value
                while !isRepeated && nextOfKey[last] >= 0 {
                    last = nextOfKey[last]
                    isRepeated = kept[last].value == fact.value
                }
                if isRepeated { continue }
                // A zero stated by absence yields to a figure the document states outright.
                if fact.note != nil && fact.origin == .stated { continue }
                if last == first, kept[first].note != nil, kept[first].origin == .stated {
                    kept[first] = fact
                    continue
                }
                records.diagnostics.append(
                    Diagnostic(
                        severity: .warning, file: source, line: fact.line,
                        message: "\(fact.metric)\(fact.category.map { " (\($0))" } ?? "") is stated as \(fact.value) here and as \(kept[first].value) on line \(kept[first].line); both are kept"))
                nextOfKey[last] = kept.count
            } else {
                firstByKey[key] = kept.count
            }
            nextOfKey.append(-1)
            kept.append(fact)
        }
        records.facts = kept
    }

    /// What makes two facts the same figure: metric, category, year, kind and origin (a missing
    /// category counts as empty and a missing year as 0).
    private struct FactKey: Hashable {
        let metric: String
        let category: TextKey
        let year: Int
        let kind: DocumentKind?
        let origin: FactOrigin
        /// The hash of the fields, computed once: a new key is looked up, then inserted.
        let digest: Int

        init(_ fact: Fact) {
            metric = fact.metric
            category = TextKey(fact.category ?? "")
            year = fact.year ?? 0
            kind = fact.kind
            origin = fact.origin
            var hasher = Hasher()
            hasher.combine(metric)
            hasher.combine(category)
            hasher.combine(year)
            hasher.combine(kind)
            hasher.combine(origin)
            digest = hasher.finalize()
        }

        static func == (lhs: FactKey, rhs: FactKey) -> Bool {
            lhs.digest == rhs.digest && lhs.year == rhs.year && lhs.kind == rhs.kind && lhs.origin == rhs.origin
                && lhs.metric == rhs.metric && lhs.category == rhs.category
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }
}
