import FiscalDisclosures
import Foundation
import FiscalStatistics

/// The cross-document checks: they compare each agency's disclosures across years and kinds,
/// with its own history and with its peers, and report what is inconsistent or unusual.
///
/// Checks (each a stable `check` identifier on its findings):
/// - `panel.prior_year`: a derived prior-year figure against that year's own disclosure;
/// - `panel.execution_rate`: final ÷ budget of the same agency-year, far from the agency's
///   other years (or outside broad bounds when there is no history);
/// - `panel.duplicate` / `panel.mirror_copy`: documents with the same fact set (re-posts,
///   mirror copies); the copies are left out of the other checks;
/// - `panel.jump`: a year-over-year change beyond a robust threshold relative to the agency's
///   own history, with the breaks of VOCABULARY §9 (2013 austerity, 2015–2017 vehicle reform,
///   2018–2019 institutional reform, 2020–2022 COVID) explaining (and so silencing) the changes
///   they caused;
/// - `panel.zero_to_nonzero`: a line that was zero and becomes non-zero;
/// - `panel.magnitude`: a value about 10⁴ (or 10⁻⁴) off its own history (元 vs 万元);
/// - `panel.missing_count`: money reported with no count (reception without person-times or
///   batches, outbound without persons or groups, vehicle operation without vehicles);
/// - `panel.peer_outlier`: robust z-score (median/MAD of logarithms) of per-unit ratios within
///   agency type × level × year × kind;
/// - `panel.regression_outlier`: studentized residual, leverage and Cook's distance from
///   log 三公 on log staff (+ log population when given);
/// - `benford.first_digit` / `benford.first_two`: Benford's law on all stated amounts.
///
/// Findings are ranked by severity, then by the size of the deviation.
public struct AnomalyDetector: Sendable {
    /// Thresholds and inputs of the checks.
    public struct Options: Sendable {
        /// Absolute tolerance per rounded term, in yuan (0.01万元).
        public var roundingTolerance: Double = 100
        /// |robust z| beyond which a figure is an outlier (Iglewicz–Hoaglin's 3.5).
        public var robustZThreshold: Double = 3.5
        /// A year-over-year factor (up or down) below which no jump is reported.
        public var minimumJumpFactor: Double = 2.5
        /// Changes below this many yuan are never jumps.
        public var minimumJumpAmount: Double = 50_000
        /// Smallest peer group for robust z-scores.
        public var minimumPeerGroup: Int = 5
        /// Money below this many yuan without its counts is not reported as a missing count.
        public var minimumMissingCountAmount: Double = 10_000
        /// Smallest sample for the regression check.
        public var minimumRegressionSample: Int = 10
        /// |studentized residual| beyond which a regression outlier is reported.
        public var studentizedResidualThreshold: Double = 3
        /// Execution rates outside this range are reported when an agency has no history.
        public var executionRateBounds: ClosedRange<Double> = 0.5...1.5
        /// Smallest number of amounts for a Benford finding (first-two digits need 1,000).
        public var minimumBenfordCount: Int = 300
        /// Residents by region name, for per-resident ratios and the regression.
        public var populationByRegion: [String: Double] = [:]
        /// A digest of each source file's bytes, by source path, when the caller has the files:
        /// documents with the same figures and the same digest are exact duplicates, with
        /// different digests mirror copies. Without digests the evidence lines decide.
        public var contentDigests: [String: String] = [:]

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Runs every cross-document check on `extractions`.
    ///
    /// - Parameter extractions: the documents of the panel, in any order.
    /// - Returns: the findings, most severe first.
    /// - Complexity: O(n log n) in the number of figures, plus one least-squares fit per kind.
    public func findings(in extractions: [DocumentExtraction]) -> [Finding] {
        let full = AnomalyPanel(extractions)
        let duplicates = duplicateFindings(full)
        // Copies would count twice in every comparison: the other checks see originals only.
        let copies = Set(duplicates.copyIndices)
        let panel = copies.isEmpty ? full
            : AnomalyPanel(extractions.enumerated().filter { !copies.contains($0.offset) }.map(\.element))
        var ranked: [RankedFinding] = duplicates.findings
        ranked += priorYearFindings(panel)
        ranked += executionRateFindings(panel)
        ranked += historyFindings(panel)
        ranked += missingCountFindings(panel)
        ranked += peerOutlierFindings(panel)
        ranked += regressionFindings(panel)
        ranked += benfordFindings(panel)
        return ranked.sorted { lhs, rhs in
            if lhs.finding.severity != rhs.finding.severity { return lhs.finding.severity > rhs.finding.severity }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return (lhs.finding.check, lhs.finding.agency ?? "", lhs.finding.year ?? 0, lhs.finding.source ?? "")
                < (rhs.finding.check, rhs.finding.agency ?? "", rhs.finding.year ?? 0, rhs.finding.source ?? "")
        }.map(\.finding)
    }
}

/// A finding with the size of its deviation, for ranking within a severity.
struct RankedFinding {
    var finding: Finding
    var score: Double
}

/// Number text for messages: thousands-free, up to two decimals, no exponent.
func plainNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    if abs(value) >= 1 {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
    return String(format: "%.4g", value)
}

/// The relative severity of a relative deviation.
func severity(relative: Double) -> Finding.Severity {
    relative >= 0.1 ? .high : relative >= 0.01 ? .medium : .low
}
