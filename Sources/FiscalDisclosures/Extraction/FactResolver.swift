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
    /// The key is metric, category, year, kind and origin (a missing category counts as empty and
    /// a missing year as 0). Keys are hashed once per fact into an open-addressing table of kept
    /// positions; facts are compared in place, never copied unless some are dropped.
    ///
    /// - Complexity: O(n) for n facts (plus the values already kept under a key that recurs).
    static func deduplicate(_ records: inout ExtractionRecords, source: String) {
        let (kept, isReplaced) = keptFacts(records.facts, diagnostics: &records.diagnostics, source: source)
        guard kept.count < records.facts.count || isReplaced else { return }
        if isReplaced {
            records.facts = kept.map { records.facts[$0] }
            return
        }
        // Kept positions ascend: the kept facts are moved down in place, none copied.
        for (position, index) in kept.enumerated() where position != index {
            records.facts.swapAt(position, index)
        }
        records.facts.removeLast(records.facts.count - kept.count)
    }

    /// The indices of the facts ``deduplicate(_:source:)`` keeps, in order, and whether a kept
    /// zero stated by absence was replaced by a later figure (then the indices may not ascend).
    private static func keptFacts(
        _ facts: [Fact], diagnostics: inout [Diagnostic], source: String
    ) -> (kept: [Int], isReplaced: Bool) {
        // The facts kept, as indices into `facts`, with the hash of each one's key and the next
        // kept fact of the same key (-1: none).
        var kept: [Int] = []
        var hashes: [Int] = []
        var nextOfKey: [Int] = []
        kept.reserveCapacity(facts.count)
        hashes.reserveCapacity(facts.count)
        nextOfKey.reserveCapacity(facts.count)
        // The kept position of the first fact of each key (-1: empty), at most half full.
        var size = 16
        while size < 2 * facts.count { size <<= 1 }
        var slots = [Int](repeating: -1, count: size)
        var isReplaced = false
        for index in facts.indices {
            let hash = keyHash(facts[index])
            var slot = hash & (size - 1)
            while slots[slot] >= 0 && !(hashes[slots[slot]] == hash && haveSameKey(facts[kept[slots[slot]]], facts[index])) {
                slot = (slot + 1) & (size - 1)
            }
            let first = slots[slot]
            if first >= 0 {
                let value = facts[index].value
                var last = first
                var isRepeated = facts[kept[first]].value == value
                while !isRepeated && nextOfKey[last] >= 0 {
                    last = nextOfKey[last]
                    isRepeated = facts[kept[last]].value == value
                }
                if isRepeated { continue }
                let fact = facts[index], firstFact = facts[kept[first]]
                // A zero stated by absence yields to a figure the document states outright.
                if fact.note != nil && fact.origin == .stated { continue }
                if last == first, firstFact.note != nil, firstFact.origin == .stated {
                    kept[first] = index
                    isReplaced = true
                    continue
                }
                diagnostics.append(
                    Diagnostic(
                        severity: .warning, file: source, line: fact.line,
                        message: "\(fact.metric)\(fact.category.map { " (\($0))" } ?? "") is stated as \(fact.value) here and as \(firstFact.value) on line \(firstFact.line); both are kept"))
                nextOfKey[last] = kept.count
            } else {
                slots[slot] = kept.count
            }
            hashes.append(hash)
            nextOfKey.append(-1)
            kept.append(index)
        }
        return (kept, isReplaced)
    }

    /// The hash of a fact's deduplication key (metric, category, year, kind, origin).
    private static func keyHash(_ fact: Fact) -> Int {
        var hasher = Hasher()
        hasher.combine(fact.metric)
        TextKey.hash(fact.category ?? "", into: &hasher)
        hasher.combine(fact.year ?? 0)
        hasher.combine(fact.kind)
        hasher.combine(fact.origin)
        return hasher.finalize()
    }

    /// Whether two facts have the same deduplication key.
    private static func haveSameKey(_ a: Fact, _ b: Fact) -> Bool {
        (a.year ?? 0) == (b.year ?? 0) && a.kind == b.kind && a.origin == b.origin && a.metric == b.metric
            && (a.category ?? "") == (b.category ?? "")
    }
}
