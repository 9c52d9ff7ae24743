import FiscalDisclosures
import Foundation
import FiscalStatistics

extension AnomalyDetector {
    /// `benford.first_two` (1,000 amounts or more) or `benford.first_digit` (from
    /// ``Options/minimumBenfordCount``): Benford's law on every stated money figure of the
    /// panel. Nonconformity by Nigrini's MAD bands is medium, marginal conformity low, and
    /// conformity an info finding with the figures. The evidence lists figures of the most
    /// over-represented digit.
    func benfordFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var amounts: [(value: Double, fact: Fact)] = []
        for document in panel.documents {
            for fact in document.extraction.facts where fact.origin == .stated {
                if case .money(let money) = fact.value, money.fen > 0 { amounts.append((money.yuan, fact)) }
            }
        }
        guard amounts.count >= options.minimumBenfordCount else { return [] }
        let test: BenfordDigitTest = amounts.count >= 1_000 ? .firstTwoDigits : .firstDigit
        guard let analysis = BenfordAnalysis(amounts: amounts.map(\.value), test: test) else { return [] }
        let severity: Finding.Severity = switch analysis.conformity {
        case .nonconformity: .medium
        case .marginal: .low
        case .close, .acceptable: .info
        }
        let excess = analysis.digits.filter { $0.observedProportion > $0.expectedProportion }
            .max { $0.z < $1.z }
        let evidence = excess.map { row in
            amounts.filter { test.digit(of: $0.value) == row.digit }.prefix(5).map { Evidence($0.fact) }
        } ?? []
        let excessText = excess.map {
            "; most over-represented digit \($0.digit): \($0.observed) observed vs \(plainNumber($0.expected)) expected (Z \(String(format: "%.2f", $0.z)))"
        } ?? ""
        let check = test == .firstTwoDigits ? "benford.first_two" : "benford.first_digit"
        return [RankedFinding(
            finding: Finding(
                check: check, severity: severity,
                message: "\(test.rawValue.replacingOccurrences(of: "_", with: "-")) digits of \(analysis.count) amounts: MAD \(String(format: "%.6f", analysis.meanAbsoluteDeviation)) (\(analysis.conformity.rawValue)), χ² \(String(format: "%.1f", analysis.chiSquared)) on \(analysis.degreesOfFreedom) df (p = \(String(format: "%.3g", analysis.chiSquaredPValue)))\(excessText)",
                evidence: evidence),
            score: analysis.meanAbsoluteDeviation)]
    }
}
