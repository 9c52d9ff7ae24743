import FiscalDisclosures

extension AnomalyDetector {
    /// Money lines and the counts that explain them (VOCABULARY §2, §8).
    static let countedMoney: [(money: String, counts: [String], what: String)] = [
        ("sangong_reception", ["reception_persons", "reception_batches"], "reception money with no person-times or batches"),
        ("sangong_outbound", ["outbound_persons", "outbound_groups"], "outbound money with no persons or groups"),
        ("sangong_vehicle_operation", ["vehicles_count"], "vehicle operation money with no vehicle count"),
    ]

    /// `panel.missing_count`: a final that reports money for reception, outbound travel or
    /// vehicle operation but none of the counts that go with it, when the money is at least
    /// ``Options/minimumMissingCountAmount`` and other finals of the panel state those counts
    /// (low severity: the per-unit ratios cannot be formed; medium when the agency's own other
    /// finals state them), or a positive count next to money stated as zero (medium:
    /// one of the two is wrong).
    func missingCountFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var result: [RankedFinding] = []
        // Where finals do state the counts of a money line: by agency, and anywhere in the panel.
        var statedByAgency = Set<String>()
        var statedAnywhere = Set<String>()
        for document in panel.documents where document.kind == .final {
            for rule in Self.countedMoney where document.extraction.facts.contains(where: { rule.counts.contains($0.metric) }) {
                statedAnywhere.insert(rule.money)
                if let agency = document.extraction.identity.agency { statedByAgency.insert(agency + "\u{1F}" + rule.money) }
            }
        }
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
                // An omission counts only on material money, where finals of the panel do state the
                // counts (the agency's own other finals when it has any stating them).
                let agencyStates = document.extraction.identity.agency.map { statedByAgency.contains($0 + "\u{1F}" + rule.money) } ?? false
                if amount >= options.minimumMissingCountAmount && counts.isEmpty
                    && (agencyStates || statedAnywhere.contains(rule.money))
                {
                    result.append(RankedFinding(
                        finding: Finding(
                            check: "panel.missing_count", severity: agencyStates ? .medium : .low,
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
