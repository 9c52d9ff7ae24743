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
    ///
    /// - Complexity: O(n · g) for n facts in g year-and-kind groups (a handful per document),
    ///   plus the findings' own evidence.
    package func findings(for extraction: DocumentExtraction, records: ExtractionRecords) -> [Finding] {
        var context = CheckContext(extraction: extraction, tolerancePerTerm: tolerancePerTerm)
        let facts = extraction.facts
        // Stated facts by year and kind, groups in the order their first stated fact comes;
        // only facts of the checked metrics are kept.
        var keys: [YearAndKind] = []
        var members: [[FactGroup.Member]] = []
        for index in facts.indices where facts[index].origin == .stated {
            let key = YearAndKind(facts[index])
            let g = keys.firstIndex(of: key) ?? keys.count
            if g == keys.count {
                keys.append(key)
                members.append([])
            }
            if let metric = CheckedMetric(name: facts[index].metric) {
                members[g].append(FactGroup.Member(metric: metric, index: index))
            }
        }
        for groupMembers in members {
            let group = FactGroup(groupMembers, of: facts)
            checkSangong(group, &context)
            checkVehicles(group, &context)
            checkExpenditureSplit(group, &context)
            checkBasicSplit(group, &context)
            checkFunctions(group, &context)
            checkBudgetBalance(group, &context)
            checkFixedAssets(group, &context)
        }
        checkShares(records.shares, facts: facts, &context)
        checkFlatStatements(records.flatConflicts, &context)
        checkMagnitude(facts, &context)
        guard context.findings.count > 1 else { return context.findings }
        return context.findings.enumerated()
            .sorted { ($0.element.severity.rank, -$0.offset) > ($1.element.severity.rank, -$1.offset) }
            .map(\.element)
    }
}

/// Findings under construction and the document they are about.
struct CheckContext {
    let extraction: DocumentExtraction
    let tolerancePerTerm: Double
    var findings: [Finding] = []

    /// The evidence of `facts`, one entry per distinct line and text, in order.
    ///
    /// - Complexity: O(k²) for k facts (a finding's handful), comparing lines before texts.
    func evidence(_ facts: [Fact]) -> [Evidence] {
        var evidence: [Evidence] = []
        evidence.reserveCapacity(facts.count)
        for f in facts where !evidence.contains(where: { $0.line == f.line && $0.text == f.evidence }) {
            evidence.append(Evidence(source: f.source, line: f.line, text: f.evidence))
        }
        return evidence
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
