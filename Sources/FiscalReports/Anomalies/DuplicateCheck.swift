import FiscalDisclosures

extension AnomalyDetector {
    /// `panel.duplicate`: documents whose fact sets are identical (the same metrics, categories,
    /// values, years and kinds; at least three facts), as mirror copies and re-posts are after
    /// normalization. Copies under the same identity are reported low (one is redundant);
    /// copies under different agencies or years high (one of them is mislabeled or copied).
    func duplicateFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        struct Signature: Hashable {
            var facts: [String]
        }
        var groups: [Signature: [AnomalyPanel.Document]] = [:]
        var order: [Signature] = []
        for document in panel.documents where document.extraction.facts.count >= 3 {
            let facts = document.extraction.facts.map { fact in
                "\(fact.metric)|\(fact.category ?? "")|\(fact.value)|\(fact.year.map(String.init) ?? "")|\(fact.kind?.rawValue ?? "")"
            }.sorted()
            let signature = Signature(facts: facts)
            if groups[signature] == nil { order.append(signature) }
            groups[signature, default: []].append(document)
        }
        var result: [RankedFinding] = []
        for signature in order {
            guard let copies = groups[signature], copies.count > 1 else { continue }
            let first = copies[0]
            for copy in copies.dropFirst() {
                let sameIdentity = copy.key == first.key && copy.year == first.year && copy.kind == first.kind
                let firstFact = first.extraction.facts[0]
                let copyFact = copy.extraction.facts[0]
                result.append(RankedFinding(
                    finding: Finding(
                        check: "panel.duplicate", severity: sameIdentity ? .low : .high,
                        message: sameIdentity
                            ? "\(copy.extraction.source) repeats \(first.extraction.source): the same \(signature.facts.count) figures"
                            : "\(copy.extraction.source) (\(copy.extraction.identity.agency ?? "?") \(copy.year.map(String.init) ?? "?")) has the same \(signature.facts.count) figures as \(first.extraction.source) (\(first.extraction.identity.agency ?? "?") \(first.year.map(String.init) ?? "?"))",
                        source: copy.extraction.source, agency: copy.extraction.identity.agency, year: copy.year,
                        evidence: [Evidence(firstFact), Evidence(copyFact)]),
                    score: Double(signature.facts.count)))
            }
        }
        return result
    }
}
