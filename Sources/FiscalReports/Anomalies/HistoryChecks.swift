import FiscalDisclosures
import FiscalStatistics
import Foundation

/// The breaks of VOCABULARY §9 that explain a change between two years.
enum PolicyBreak {
    /// Why a change of `metric` into `year` is expected, if a known break explains it.
    static func expectedChange(metric: String, year: Int, isDecrease: Bool) -> String? {
        let vehicle = metric.hasPrefix("sangong_vehicle") || metric.hasPrefix("vehicles_")
            || metric == "fixed_assets_vehicles"
        let outbound = metric == "sangong_outbound" || metric.hasPrefix("outbound_")
        if (vehicle || metric == "sangong_total") && isDecrease && (2015...2018).contains(year) {
            return "the 2015–2017 vehicle reform (公车改革) sold vehicles"
        }
        if outbound && isDecrease && (2020...2022).contains(year) {
            return "COVID-19 (2020–2022) stopped most outbound travel"
        }
        if outbound && !isDecrease && year == 2023 {
            return "outbound travel resumed after COVID-19 (2020–2022)"
        }
        if metric.hasPrefix("sangong") && isDecrease && (2013...2014).contains(year) {
            return "the December 2012 austerity rules (八项规定)"
        }
        return nil
    }

    /// A break that makes changes into `year` less surprising without explaining them.
    static func context(year: Int) -> String? {
        (2018...2019).contains(year)
            ? "the 2018–2019 institutional reform merged and renamed agencies" : nil
    }
}

extension AnomalyDetector {
    /// `panel.magnitude`, `panel.jump` and `panel.zero_to_nonzero` on each agency's series of
    /// own stated figures (one series per metric and kind).
    ///
    /// Magnitude: a value whose ratio to the median of the agency's other years is within a
    /// factor 10^0.75 of 10⁴ or 10⁻⁴ (the other years agreeing within a factor 100) is a unit
    /// slip (元 written for 万元 or the reverse); its neighbours' jumps are then not reported.
    /// Jump: consecutive figures changing by at least ``Options/minimumJumpFactor`` and
    /// ``Options/minimumJumpAmount``; with three or more other changes in the series, the log
    /// change must also be a robust outlier among them. A change a §9 break explains is not
    /// reported, nor the return of a one-year spike. Only ``trendMetrics`` are followed.
    func historyFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var result: [RankedFinding] = []
        for key in panel.series.keys.sorted() {
            guard let bySeries = panel.series[key] else { continue }
            for (seriesKey, points) in bySeries.sorted(by: { ($0.key.metric, $0.key.kind.rawValue) < ($1.key.metric, $1.key.kind.rawValue) })
            where points.count >= 2 && Self.trendMetrics.contains(seriesKey.metric) {
                let isCount = AnomalyDetector.countMetrics.contains(seriesKey.metric)
                var slipped = Set<Int>()
                if points.count >= 3 {
                    for (i, point) in points.enumerated() where point.value > 0 {
                        let others = points.enumerated().filter { $0.offset != i && $0.element.value > 0 }.map(\.element.value)
                        guard others.count >= 2, let center = try? RobustStatistics.median(others),
                            let low = others.min(), let high = others.max(), high / low < 100
                        else { continue }
                        let exponent = Foundation.log10(point.value / center)
                        guard abs(abs(exponent) - 4) < 0.75 else { continue }
                        slipped.insert(i)
                        let corrected = point.value * (exponent > 0 ? 1e-4 : 1e4)
                        result.append(RankedFinding(
                            finding: Finding(
                                check: "panel.magnitude", severity: .high,
                                message: "\(seriesKey.metric) \(point.year) (\(seriesKey.kind.rawValue)) is \(plainNumber(point.value)), about 10^\(exponent > 0 ? 4 : -4) times the agency's other years (median \(plainNumber(center))): probably a unit slip (\(point.fact.unit)); \(plainNumber(corrected)) would fit",
                                expected: center, actual: point.value, source: point.fact.source,
                                agency: key.agency, year: point.year,
                                evidence: [Evidence(point.fact)]),
                            score: abs(exponent)))
                    }
                }
                let changes: [Double] = zip(points, points.dropFirst()).compactMap { previous, current in
                    previous.value > 0 && current.value > 0 ? Foundation.log(current.value / previous.value) : nil
                }
                var lastJump: (index: Int, change: Double)? = nil
                for i in 1..<points.count where !slipped.contains(i) && !slipped.contains(i - 1) {
                    var previous = points[i - 1]
                    var current = points[i]
                    var label = seriesKey.metric
                    if let parts = Self.lumpyComponents[seriesKey.metric],
                        let before = Self.net(previous, parts, panel), let after = Self.net(current, parts, panel)
                    {
                        previous.value = before
                        current.value = after
                        label += " net of " + parts.joined(separator: " and ")
                    }
                    let change = previous.value > 0 && current.value > 0 ? Foundation.log(current.value / previous.value) : 0
                    // The way back from a one-year spike is part of the spike, not a jump of its own.
                    if let last = lastJump, last.index == i - 1, change * last.change < 0,
                        abs(change) >= 0.5 * abs(last.change)
                    {
                        continue
                    }
                    if let finding = jumpFinding(
                        key: key, metric: seriesKey.metric, label: label, kind: seriesKey.kind,
                        previous: previous, current: current, allChanges: changes, isCount: isCount)
                    {
                        result.append(finding)
                        if finding.finding.check == "panel.jump" { lastJump = (i, change) }
                    }
                }
            }
        }
        return result
    }

    /// A point's value less the lumpy components its document states, or nil when one is missing.
    static func net(_ point: AnomalyPanel.Point, _ parts: [String], _ panel: AnomalyPanel) -> Double? {
        let document = panel.documents[point.document]
        var value = point.value
        for part in parts {
            guard let fact = document.ownFact(part) else { return nil }
            value -= fact.value.doubleValue
        }
        return value
    }

    private func jumpFinding(
        key: AnomalyPanel.AgencyKey, metric: String, label: String, kind: DocumentKind, previous: AnomalyPanel.Point,
        current: AnomalyPanel.Point, allChanges: [Double], isCount: Bool
    ) -> RankedFinding? {
        let unit = isCount ? "" : " yuan"
        let span = current.year - previous.year == 1 ? "" : " (no figure for the years between)"
        let evidence = [Evidence(previous.fact), Evidence(current.fact)]
        if previous.value == 0 && current.value > 0 {
            let explained = PolicyBreak.expectedChange(metric: metric, year: current.year, isDecrease: false)
            let large = !isCount && current.value >= 10 * options.minimumJumpAmount
            let lumpy = Self.lumpyMetrics.contains(metric)
            return RankedFinding(
                finding: Finding(
                    check: "panel.zero_to_nonzero",
                    severity: explained != nil || lumpy ? .info : (large ? .medium : .low),
                    message: "\(label) (\(kind.rawValue)) was 0 in \(previous.year) and is \(plainNumber(current.value))\(unit) in \(current.year)\(span)" + (explained.map { "; expected: \($0)" } ?? ""),
                    expected: 0, actual: current.value, source: current.fact.source, agency: key.agency,
                    year: current.year, evidence: evidence),
                score: current.value)
        }
        guard previous.value > 0, current.value >= 0, !Self.lumpyMetrics.contains(metric) else { return nil }
        let difference = current.value - previous.value
        let minimumAmount = isCount ? 5 : options.minimumJumpAmount
        guard abs(difference) >= minimumAmount else { return nil }
        let isDecrease = difference < 0
        let factor = current.value == 0 ? Double.infinity
            : max(current.value / previous.value, previous.value / current.value)
        guard factor >= options.minimumJumpFactor else { return nil }
        var severity: Finding.Severity = factor >= 10 ? .high : .medium
        var note = ""
        if current.value > 0 {
            let change = Foundation.log(current.value / previous.value)
            var others = allChanges
            if let index = others.firstIndex(of: change) { others.remove(at: index) }
            if others.count >= 3, let center = try? RobustStatistics.median(others),
                let mad = try? RobustStatistics.medianAbsoluteDeviation(others)
            {
                let z = (change - center) / max(mad, 0.1)
                guard abs(z) > options.robustZThreshold else { return nil }
                note = "; robust z \(plainNumber(z)) against the agency's other changes"
            } else if current.value == 0 {
                severity = .low
            }
        } else {
            severity = .low
        }
        if PolicyBreak.expectedChange(metric: metric, year: current.year, isDecrease: isDecrease) != nil {
            return nil
        } else if let context = PolicyBreak.context(year: current.year) {
            severity = severity == .high ? .medium : .low
            note += "; note: \(context)"
        }
        let verb = current.value == 0 ? "falls to 0" : (isDecrease ? "falls" : "rises") + " \(plainNumber(factor))-fold"
        return RankedFinding(
            finding: Finding(
                check: "panel.jump", severity: severity,
                message: "\(label) (\(kind.rawValue)) \(verb) from \(plainNumber(previous.value))\(unit) in \(previous.year) to \(plainNumber(current.value))\(unit) in \(current.year)\(span)\(note)",
                expected: previous.value, actual: current.value, source: current.fact.source,
                agency: key.agency, year: current.year, evidence: evidence),
            score: factor.isFinite ? factor : 1e6)
    }

    /// The lines whose year-over-year changes are followed. Carry-overs, business and other
    /// revenue, meeting and training lines swing by nature, and reception and outbound counts
    /// move with their money, so they are left out.
    static let trendMetrics: Set<String> = [
        "sangong_total", "sangong_outbound", "sangong_vehicle_total", "sangong_vehicle_purchase",
        "sangong_vehicle_operation", "sangong_reception", "vehicles_count", "vehicles_purchased",
        "expenditure_total", "expenditure_current_year", "expenditure_basic", "expenditure_project",
        "expenditure_personnel", "expenditure_public_use", "revenue_total", "revenue_current_year",
        "revenue_fiscal_appropriation", "revenue_general_budget", "operating_expenses",
        "staff_authorized", "staff_actual",
    ]

    /// Lumpy components inside totals: a total's jump is judged net of them when both
    /// documents state them.
    static let lumpyComponents: [String: [String]] = [
        "sangong_total": ["sangong_outbound", "sangong_vehicle_purchase"],
        "sangong_vehicle_total": ["sangong_vehicle_purchase"],
    ]

    /// Lines that are zero in many years and lumpy in the others (trips abroad, vehicle
    /// purchases): their zeros turning non-zero are info, and their jumps are not reported.
    static let lumpyMetrics: Set<String> = [
        "sangong_outbound", "outbound_groups", "outbound_persons", "sangong_vehicle_purchase",
        "vehicles_purchased",
    ]

    /// Metrics that are counts rather than money (VOCABULARY §2).
    static let countMetrics: Set<String> = [
        "reception_batches", "reception_persons", "outbound_groups", "outbound_persons",
        "vehicles_count", "vehicles_purchased", "staff_authorized", "staff_actual", "retirees",
        "temporary_staff",
    ]
}
