import FiscalDisclosures
import FiscalStatistics
import Foundation

extension AnomalyDetector {
    /// `panel.regression_outlier`: within each kind (budget, final), the least-squares fit of
    /// log 三公 on log staff (+ log population when every row's region has one, + year effects
    /// and agency-type effects when there are several), and for each agency-year its internally studentized
    /// residual, leverage and Cook's distance (``LinearRegression``).
    ///
    /// Reported: |studentized residual| above ``Options/studentizedResidualThreshold``
    /// (medium; high beyond 4/3 of it), or Cook's distance above 4/n with |residual| above 2.5
    /// (low: an influential point). Expected is the fitted 三公, actual the stated one.
    func regressionFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        var result: [RankedFinding] = []
        for kind in DocumentKind.allCases {
            struct Row {
                var document: AnomalyPanel.Document
                var sangong: Fact
                var staff: Fact
                var population: Double?
            }
            var rows: [Row] = []
            for document in panel.documents where document.kind == kind && document.year != nil {
                guard let sangong = document.ownFact("sangong_total"), sangong.value.doubleValue > 0,
                    let staff = document.ownFact("staff_actual"), staff.value.doubleValue > 0
                else { continue }
                let population = document.extraction.identity.region.flatMap { options.populationByRegion[$0] }
                rows.append(Row(document: document, sangong: sangong, staff: staff, population: population))
            }
            guard rows.count >= options.minimumRegressionSample else { continue }
            let usesPopulation = rows.allSatisfy { ($0.population ?? 0) > 0 }
            let years = Set(rows.compactMap(\.document.year))
            var columns: [(name: String, values: RegressionData.Column)] = [
                ("log_sangong", .numeric(rows.map { Foundation.log($0.sangong.value.doubleValue) })),
                ("staff", .numeric(rows.map { $0.staff.value.doubleValue })),
                ("year", .text(rows.map { $0.document.year.map(String.init) })),
                ("agency_type", .text(rows.map { AgencyClassifier.agencyType(of: $0.document.extraction.identity.agency ?? "") })),
            ]
            let types = Set(rows.map { AgencyClassifier.agencyType(of: $0.document.extraction.identity.agency ?? "") })
            var terms: [ModelTerm] = [.log("staff")]
            if usesPopulation {
                columns.append(("population", .numeric(rows.map(\.population))))
                terms.append(.log("population"))
            }
            if years.count > 1 { terms.append(.categorical("year")) }
            if types.count > 1 { terms.append(.categorical("agency_type")) }
            guard let data = try? RegressionData(columns: columns),
                let fit = try? LinearRegression.fit(ModelSpecification(response: "log_sangong", terms: terms), data: data),
                let studentized = fit.studentizedResiduals, let leverage = fit.leverage,
                let cooks = fit.cooksDistance
            else { continue }
            let n = Double(fit.observationCount)
            let model = "log 三公 ~ log staff" + (usesPopulation ? " + log population" : "") + (years.count > 1 ? " + year" : "") + (types.count > 1 ? " + agency type" : "")
            for (position, tableRow) in fit.usedRows.enumerated() {
                let row = rows[tableRow - 1]
                let r = studentized[position]
                let d = cooks[position]
                let h = leverage[position]
                var severity: Finding.Severity
                if abs(r) > options.studentizedResidualThreshold {
                    severity = abs(r) > options.studentizedResidualThreshold * 4 / 3 ? .high : .medium
                } else if d > 4 / n && abs(r) > 2.5 {
                    severity = .low
                } else {
                    continue
                }
                let expected = Foundation.exp(fit.fittedValues[position])
                let actual = row.sangong.value.doubleValue
                result.append(RankedFinding(
                    finding: Finding(
                        check: "panel.regression_outlier", severity: severity,
                        message: "三公 \(plainNumber(actual)) yuan with \(row.staff.value) staff is \(r > 0 ? "above" : "below") the fitted \(plainNumber(expected)) yuan (\(model), \(kind.rawValue), n = \(fit.observationCount)): studentized residual \(String(format: "%.2f", r)), leverage \(String(format: "%.3f", h)), Cook's distance \(String(format: "%.3f", d))",
                        expected: expected, actual: actual, source: row.sangong.source,
                        agency: row.document.extraction.identity.agency, year: row.document.year,
                        evidence: [Evidence(row.sangong), Evidence(row.staff)]),
                    score: abs(r)))
            }
        }
        return result
    }
}
