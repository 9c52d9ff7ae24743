import FiscalDisclosures

extension AnomalyDetector {
    /// `panel.prior_year`: each derived prior-year figure (this year − the stated change)
    /// against the figure the agency disclosed for that year itself.
    ///
    /// The tolerance is two rounding steps (this year's figure and the change are each rounded)
    /// plus one for the prior document's figure.
    func priorYearFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var result: [RankedFinding] = []
        for document in panel.documents {
            guard let key = document.key, let documentKind = document.kind else { continue }
            for derived in document.extraction.facts where derived.origin == .derived {
                guard let year = derived.year, year != document.year else { continue }
                let kind = derived.kind ?? documentKind
                guard let prior = panel.document(key, year: year, kind: kind),
                    let stated = prior.ownFact(derived.metric, category: derived.category)
                else { continue }
                let expected = stated.value.doubleValue
                let actual = derived.value.doubleValue
                let difference = abs(actual - expected)
                guard difference > 3 * options.roundingTolerance else { continue }
                let relative = difference / max(abs(expected), 1)
                let label = derived.category.map { "\(derived.metric) (\($0))" } ?? derived.metric
                result.append(RankedFinding(
                    finding: Finding(
                        check: "panel.prior_year", severity: severity(relative: relative),
                        message: "\(label) for \(year) implied by the \(document.year.map(String.init) ?? "?") \(documentKind.rawValue) is \(plainNumber(actual)) yuan, but the \(year) \(kind.rawValue) states \(plainNumber(expected)) yuan",
                        expected: expected, actual: actual, source: derived.source,
                        agency: document.extraction.identity.agency, year: year,
                        evidence: [Evidence(derived), Evidence(stated)]),
                    score: relative))
            }
        }
        return result
    }
}
