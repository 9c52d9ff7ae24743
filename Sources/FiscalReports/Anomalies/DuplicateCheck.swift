import FiscalDisclosures

extension AnomalyDetector {
    /// `panel.duplicate` and `panel.mirror_copy`: documents whose fact sets are identical (the
    /// same metrics, categories, values, years and kinds; at least three facts). A copy whose
    /// evidence lines are the same text is a duplicate (a re-post); one whose lines differ is a
    /// mirror copy (re-rendered, e.g. in Traditional characters with pinyin). Copies under the
    /// same identity are reported low (one is redundant); copies under different agencies or
    /// years high (one of them is mislabeled or copied).
    func duplicateFindings(_ panel: AnomalyPanel) -> (findings: [RankedFinding], copyIndices: [Int]) {
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
        var copyIndices: [Int] = []
        for signature in order {
            guard let copies = groups[signature], copies.count > 1 else { continue }
            // The original is the plainest rendering: fewest Traditional characters in its
            // identity and evidence (mirror sites convert), then the shorter path (copies add
            // suffixes).
            let ranked = copies.map { ($0, Self.traditionalCharacterCount($0)) }
                .sorted { ($0.1, $0.0.extraction.source.count, $0.0.index) < ($1.1, $1.0.extraction.source.count, $1.0.index) }
            let first = ranked[0].0
            let firstText = first.extraction.facts.map(\.evidence)
            for (copy, _) in ranked.dropFirst() {
                copyIndices.append(copy.index)
                let sameIdentity = copy.key == first.key && copy.year == first.year && copy.kind == first.kind
                let sameRendering: Bool
                if let a = options.contentDigests[first.extraction.source],
                    let b = options.contentDigests[copy.extraction.source]
                {
                    sameRendering = a == b
                } else {
                    sameRendering = copy.extraction.facts.map(\.evidence) == firstText
                }
                let what = sameRendering ? "repeats" : "re-renders (mirror copy of)"
                result.append(RankedFinding(
                    finding: Finding(
                        check: sameRendering ? "panel.duplicate" : "panel.mirror_copy",
                        severity: sameIdentity ? .low : .high,
                        message: sameIdentity
                            ? "\(copy.extraction.source) \(what) \(first.extraction.source): the same \(signature.facts.count) figures"
                            : "\(copy.extraction.source) (\(copy.extraction.identity.agency ?? "?") \(copy.year.map(String.init) ?? "?")) has the same \(signature.facts.count) figures as \(first.extraction.source) (\(first.extraction.identity.agency ?? "?") \(first.year.map(String.init) ?? "?"))",
                        source: copy.extraction.source, agency: copy.extraction.identity.agency, year: copy.year,
                        evidence: [Evidence(first.extraction.facts[0]), Evidence(copy.extraction.facts[0])]),
                    score: Double(signature.facts.count)))
            }
        }
        return (result, copyIndices)
    }

    /// How many characters of a document's identity and evidence are Traditional forms.
    static func traditionalCharacterCount(_ document: AnomalyPanel.Document) -> Int {
        let identity = document.extraction.identity
        let texts = [identity.agency ?? "", identity.region ?? ""] + document.extraction.facts.map(\.evidence)
        var count = 0
        for text in texts {
            for scalar in text.unicodeScalars where TraditionalChinese.simplify(scalar) != scalar {
                count += 1
            }
        }
        return count
    }
}
