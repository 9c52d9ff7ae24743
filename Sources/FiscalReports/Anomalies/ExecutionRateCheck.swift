import FiscalDisclosures
import FiscalStatistics
import Foundation

extension AnomalyDetector {
    /// The metrics whose execution rate (final ÷ budget) is checked.
    static let executionMetrics = [
        "expenditure_total", "sangong_total", "sangong_outbound", "sangong_vehicle_total",
        "sangong_reception", "revenue_total",
    ]

    /// `panel.execution_rate`: final ÷ budget of the same agency-year, compared with the
    /// agency's other years by a robust z-score of the log rate (median and MAD of the other
    /// years, at least three of them); without that history, a rate outside
    /// ``Options/executionRateBounds`` is reported at low severity.
    ///
    /// The budget figure is the budget document's own, or else the 年初预算 a final states.
    /// Under-execution that a §9 break explains (vehicle reform, COVID travel stop, austerity)
    /// is not reported; a rate near 10^±4 is named as a likely unit slip.
    func executionRateFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        struct Rate {
            var year: Int
            var rate: Double
            var budget: Fact
            var final: Fact
        }
        var rates: [AnomalyPanel.AgencyKey: [String: [Rate]]] = [:]
        for document in panel.documents where document.kind == .final {
            guard let key = document.key, let year = document.year else { continue }
            let budgetDocument = panel.document(key, year: year, kind: .budget)
            for metric in Self.executionMetrics {
                guard let final = document.ownFact(metric) else { continue }
                let budget = budgetDocument?.ownFact(metric)
                    ?? document.extraction.facts.first {
                        $0.metric == metric && $0.category == nil && $0.kind == .budget
                            && ($0.year ?? year) == year
                    }
                guard let budget, budget.value.doubleValue > 0 else { continue }
                rates[key, default: [:]][metric, default: []].append(Rate(
                    year: year, rate: final.value.doubleValue / budget.value.doubleValue,
                    budget: budget, final: final))
            }
        }
        var result: [RankedFinding] = []
        for (key, byMetric) in rates {
            for (metric, series) in byMetric {
                for rate in series {
                    // A final below its budget in a break year (fleet sold mid-year, travel
                    // stopped) is what the break explains.
                    if rate.rate < 1,
                        PolicyBreak.expectedChange(metric: metric, year: rate.year, isDecrease: true) != nil
                    {
                        continue
                    }
                    let others = series.filter { $0.year != rate.year && $0.rate > 0 }.map { Foundation.log($0.rate) }
                    var flagged: (severity: Finding.Severity, score: Double, why: String)? = nil
                    if others.count >= 3, rate.rate > 0,
                        let center = try? RobustStatistics.median(others),
                        let mad = try? RobustStatistics.medianAbsoluteDeviation(others)
                    {
                        let spread = max(mad, 0.1)  // rates within ±10% of each other are ordinary
                        let z = (Foundation.log(rate.rate) - center) / spread
                        if abs(z) > options.robustZThreshold {
                            flagged = (abs(z) > 2 * options.robustZThreshold ? .high : .medium, abs(z),
                                       "robust z \(plainNumber(z)) against the agency's other years (median rate \(plainNumber(Foundation.exp(center))))")
                        }
                    } else if !options.executionRateBounds.contains(rate.rate) {
                        flagged = (.low, abs(Foundation.log(max(rate.rate, 1e-9))),
                                   "outside \(plainNumber(options.executionRateBounds.lowerBound))–\(plainNumber(options.executionRateBounds.upperBound)) with too little history to compare")
                    }
                    guard var flagged else { continue }
                    if abs(abs(Foundation.log10(max(rate.rate, 1e-300))) - 4) < 0.75 {
                        flagged.why += "; a ratio near 10^\(rate.rate > 1 ? 4 : -4) suggests a unit slip (元 for 万元) in one of the two"
                    }
                    result.append(RankedFinding(
                        finding: Finding(
                            check: "panel.execution_rate", severity: flagged.severity,
                            message: "\(metric) \(rate.year): final \(plainNumber(rate.final.value.doubleValue)) yuan is \(String(format: "%.1f", 100 * rate.rate))% of the budget \(plainNumber(rate.budget.value.doubleValue)) yuan; \(flagged.why)",
                            expected: rate.budget.value.doubleValue, actual: rate.final.value.doubleValue,
                            source: rate.final.source, agency: key.agency, year: rate.year,
                            evidence: [Evidence(rate.budget), Evidence(rate.final)]),
                        score: flagged.score))
                }
            }
        }
        return result
    }
}
