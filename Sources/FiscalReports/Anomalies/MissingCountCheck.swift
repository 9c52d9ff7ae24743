import FiscalDisclosures

extension AnomalyDetector {
    /// Money lines and the counts that explain them (VOCABULARY §2, §8).
    static let countedMoney: [(money: String, counts: [String], what: String)] = [
        ("sangong_reception", ["reception_persons", "reception_batches"], "reception money with no person-times or batches"),
        ("sangong_outbound", ["outbound_persons", "outbound_groups"], "outbound money with no persons or groups"),
        ("sangong_vehicle_operation", ["vehicles_count"], "vehicle operation money with no vehicle count"),
    ]

    /// `panel.missing_count`: a final that reports money for reception, outbound travel or
    /// vehicle operation but none of the counts that go with it (low severity: the per-unit
    /// ratios cannot be formed), or a positive count next to money stated as zero (medium:
    /// one of the two is wrong).
    func missingCountFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var result: [RankedFinding] = []
        // Counts are reported with the final accounts; budgets plan money only.
        for document in panel.documents where document.kind == .final {
            guard document.year != nil else { continue }
            for rule in Self.countedMoney {
                guard let money = document.ownFact(rule.money) else { continue }
                let counts = document.extraction.facts.filter {
                    rule.counts.contains($0.metric) && ($0.year ?? document.year) == document.year
                        && ($0.kind ?? document.kind) == document.kind
                }
                let amount = money.value.doubleValue
                if amount > 0 && counts.isEmpty {
                    result.append(RankedFinding(
                        finding: Finding(
                            check: "panel.missing_count", severity: .low,
                            message: "\(rule.what): \(rule.money) \(plainNumber(amount)) yuan, no \(rule.counts.joined(separator: " or "))",
                            actual: amount, source: money.source, agency: document.extraction.identity.agency,
                            year: document.year, evidence: [Evidence(money)]),
                        score: amount))
                } else if amount == 0, let count = counts.first(where: { $0.value.doubleValue > 0 }) {
                    result.append(RankedFinding(
                        finding: Finding(
                            check: "panel.missing_count", severity: .medium,
                            message: "\(count.metric) is \(count.value) but \(rule.money) is 0",
                            expected: nil, actual: count.value.doubleValue, source: money.source,
                            agency: document.extraction.identity.agency, year: document.year,
                            evidence: [Evidence(money), Evidence(count)]),
                        score: count.value.doubleValue))
                }
            }
        }
        return result
    }
}
