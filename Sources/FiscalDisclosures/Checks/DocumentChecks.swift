import FiscalFrame

/// The single-document checks: the identities of VOCABULARY §7 with rounding tolerance, the
/// 持平 statements, percentage shares and unit magnitude. Each finding names what was expected,
/// what the document states and the evidence of every figure involved.
///
/// Method: stated facts are grouped by year and kind (a final's 年初预算 figures are checked
/// apart from its 决算 figures); each identity is tested where its figures exist. When only
/// some of the parts are stated, a shortfall is not an error (disclosures list 其中 items
/// selectively) but parts that exceed their total are. The tolerance is 0.01万元 (100 yuan) per
/// term, the rounding of a two-decimal 万元 figure.
public struct DocumentChecks: Sendable {
    /// Rounding tolerance per term, in yuan.
    public var tolerancePerTerm: Double = 100

    public init() {}

    /// The findings of `extraction`, most severe first.
    public func findings(for extraction: DocumentExtraction) -> [Finding] {
        var records = ExtractionRecords()
        records.facts = extraction.facts
        return findings(for: extraction, records: records)
    }

    /// The findings of `extraction`, using the statements behind its facts.
    package func findings(for extraction: DocumentExtraction, records: ExtractionRecords) -> [Finding] {
        var context = CheckContext(extraction: extraction, tolerancePerTerm: tolerancePerTerm)
        let stated = extraction.facts.filter { $0.origin == .stated }
        var groups: [String: [Fact]] = [:]
        var order: [String] = []
        for fact in stated {
            let key = "\(fact.year ?? 0)|\(fact.kind?.rawValue ?? "")"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(fact)
        }
        for key in order {
            guard let facts = groups[key] else { continue }
            let group = FactGroup(facts)
            checkSangong(group, &context)
            checkVehicles(group, &context)
            checkExpenditureSplit(group, &context)
            checkBasicSplit(group, &context)
            checkFunctions(group, &context)
            checkBudgetBalance(group, &context)
            checkFixedAssets(group, &context)
        }
        checkShares(records.shares, stated: stated, &context)
        checkFlatStatements(records.flatConflicts, &context)
        checkMagnitude(stated, &context)
        return context.findings.enumerated()
            .sorted { ($0.element.severity.rank, -$0.offset) > ($1.element.severity.rank, -$1.offset) }
            .map(\.element)
    }
}

/// Stated facts of one year and kind, looked up by metric and category.
struct FactGroup {
    let facts: [Fact]
    private var byKey: [String: Fact] = [:]

    init(_ facts: [Fact]) {
        self.facts = facts
        for f in facts {
            let key = f.metric + "|" + (f.category ?? "")
            if byKey[key] == nil { byKey[key] = f }
        }
    }

    func fact(_ metric: String, category: String? = nil) -> Fact? { byKey[metric + "|" + (category ?? "")] }

    func categorized(_ metric: String) -> [Fact] {
        var seen: Set<String> = []
        return facts.filter { f in
            guard f.metric == metric, let c = f.category, !seen.contains(c) else { return false }
            seen.insert(c)
            return true
        }
    }
}

/// Findings under construction and the document they are about.
struct CheckContext {
    let extraction: DocumentExtraction
    let tolerancePerTerm: Double
    var findings: [Finding] = []

    func evidence(_ facts: [Fact]) -> [Evidence] {
        var seen: Set<String> = []
        return facts.compactMap { f in
            let key = "\(f.line)|\(f.evidence)"
            guard !seen.contains(key) else { return nil }
            seen.insert(key)
            return Evidence(source: f.source, line: f.line, text: f.evidence)
        }
    }

    mutating func add(
        _ check: String, _ severity: Finding.Severity, _ message: String, expected: Double?, actual: Double?,
        facts: [Fact]
    ) {
        findings.append(
            Finding(
                check: check, severity: severity, message: message, expected: expected, actual: actual,
                source: extraction.source, agency: extraction.identity.agency,
                year: facts.first?.year ?? extraction.identity.year, evidence: evidence(facts)))
    }

    /// The severity of a gap: high past 1% of the total or 1万元, medium otherwise.
    func severity(difference: Double, total: Double) -> Finding.Severity {
        let gap = abs(difference)
        if gap >= 10_000 || gap > 0.01 * abs(total) { return .high }
        return .medium
    }
}
